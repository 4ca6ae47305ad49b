export const CREDIT_SCOPES = {
  'credit:read': 'Read credit wallets, limits and invoices',
  'credit:write': 'Create credit wallets and change their limits',
} as const;
