/**
 * What API clients may be granted for payouts. Money leaving the platform gets its own pair rather
 * than riding on `charge:create`: a key that takes payments need not be able to empty the wallet.
 */
export const PAYOUT_SCOPES = {
  'payout:create': 'Request and cancel payouts out of payment wallets',
  'payout:read': 'Read payouts and their timelines',
} as const;
