/** Every scope an API client can hold. Routes require one; clients are granted a subset. */
export const SCOPES = {
  'wallet:read': 'Read payment wallets and balances',
  'wallet:write': 'Create, deactivate and reactivate payment wallets',
  'charge:create': 'Create charges and payment links',
  'charge:read': 'Read charges and payment links',
  'credit:read': 'Read credit wallets, limits and invoices',
  'credit:write': 'Create credit wallets and change their limits',
  'webhook:read': 'Read webhook endpoints, deliveries and their attempts',
  'webhook:write': 'Create, change and disable webhook endpoints; send deliveries again',
} as const;

export type Scope = keyof typeof SCOPES;
export const ALL_SCOPES = Object.keys(SCOPES) as Scope[];

/** What `create_credentials: true` grants a wallet's own client (seed 001). */
export const WALLET_CLIENT_SCOPES: Scope[] = ['wallet:read', 'wallet:write', 'charge:create', 'charge:read'];

export function isScope(value: string): value is Scope {
  return value in SCOPES;
}
