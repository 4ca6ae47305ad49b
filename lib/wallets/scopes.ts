/** What payment wallet clients may be granted; charges and payment links belong to the wallet that takes them. */
export const WALLET_SCOPES = {
  'wallet:read': 'Read payment wallets and balances',
  'wallet:write': 'Create, deactivate and reactivate payment wallets',
  'charge:create': 'Create, capture, cancel and refund charges; create payment links',
  'charge:read': 'Read charges and payment links',
} as const;
