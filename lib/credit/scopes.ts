export const CREDIT_SCOPES = {
  'credit:read': 'Read credit wallets, limits, cards, entries and invoices',
  'credit:write': 'Create credit wallets, change their limits, issue and cancel their cards',
} as const;
