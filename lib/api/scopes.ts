import { CREDIT_SCOPES } from '@/lib/credit/scopes';
import { MANAGEMENT_SCOPES } from '@/lib/management/scopes';
import { PAYOUT_SCOPES } from '@/lib/payouts/scopes';
import { WALLET_SCOPES } from '@/lib/wallets/scopes';
import { WEBHOOK_SCOPES } from '@/lib/webhooks/scopes';

/**
 * Every scope an API client can hold: each domain declares its own (`lib/<domain>/scopes.ts`, plain
 * data so the dashboard's forms can list them in the browser). Routes require one; clients are
 * granted a subset. `lib/domains.test.ts` fails when a domain's scopes are missing here.
 */
export const SCOPES = { ...WALLET_SCOPES, ...PAYOUT_SCOPES, ...CREDIT_SCOPES, ...WEBHOOK_SCOPES, ...MANAGEMENT_SCOPES } as const;

export type Scope = keyof typeof SCOPES;
export const ALL_SCOPES = Object.keys(SCOPES) as Scope[];

/** What `create_credentials: true` grants a wallet's own client (seed 001). */
export const WALLET_CLIENT_SCOPES: Scope[] = ['wallet:read', 'wallet:write', 'charge:create', 'charge:read'];

export function isScope(value: string): value is Scope {
  return value in SCOPES;
}

/** The scopes an account's credentials may be granted: the management scope is the platform's alone. */
export function grantableScopes(accountKind: 'merchant' | 'platform'): Scope[] {
  return ALL_SCOPES.filter((scope) => accountKind === 'platform' || !(scope in MANAGEMENT_SCOPES));
}
