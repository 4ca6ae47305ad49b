import type { LimitPolicy } from './rate-limiter';

/**
 * The per-address budgets of what anyone may call without signing in: the payer's pages
 * (`/pay/…`: the payment page, the boleto slip and its PDF, the 3DS challenge) and the public
 * charge API (`/api/v1/bank/public/…`: status, pay, 3DS). The API's budget leaves room for a
 * payment page polling its status every 2 s (30 a minute) plus the payer's own calls. Pure and
 * browser-safe: the proxy applies it, the API document names its 429.
 */
export const PUBLIC_LIMITS = {
  api: { keyPrefix: 'public:api:ip', points: 60, durationSeconds: 60 },
  page: { keyPrefix: 'public:pay:ip', points: 60, durationSeconds: 60 },
} as const satisfies Record<string, LimitPolicy>;

export type PublicLimit = keyof typeof PUBLIC_LIMITS;

/** Which public budget a request path spends, or null for paths that are not limited per address. */
export function publicLimitOf(pathname: string): PublicLimit | null {
  if (pathname.startsWith('/api/v1/bank/public/')) return 'api';
  if (pathname === '/pay' || pathname.startsWith('/pay/')) return 'page';
  return null;
}
