import type { LimitPolicy } from './rate-limiter';

/**
 * The budgets of what anyone may call without signing in: per address, the public pages (`/pay/…`:
 * the payment page, the boleto slip and its PDF, the 3DS challenge; `/checkout/…`, a payment link's
 * checkout; `/invitations/…`, where an invitee sets a password, each submit a costly hash) and the
 * public API (`/api/v1/bank/public/…`: status, pay, 3DS, a link's payments); and
 * per payment link, the payments its checkout starts. The address budgets leave room for two pages
 * polling their status every 2 s (30 a minute each) behind one address (a carrier's NAT) plus the
 * payer's own calls. Pure and browser-safe: the proxy applies them, the API document names the 429.
 */
export const PUBLIC_LIMITS = {
  api: { keyPrefix: 'public:api:ip', points: 120, durationSeconds: 60 },
  page: { keyPrefix: 'public:pay:ip', points: 120, durationSeconds: 60 },
  /** Per payment link, whoever asks: how many payments its checkout may start a minute (card testing through one link stops here). */
  link: { keyPrefix: 'public:link', points: 30, durationSeconds: 60 },
} as const satisfies Record<string, LimitPolicy>;

export type PublicLimit = keyof typeof PUBLIC_LIMITS;

/** Which public budget a request path spends, or null for paths that are not limited per address. */
export function publicLimitOf(pathname: string): Exclude<PublicLimit, 'link'> | null {
  if (pathname.startsWith('/api/v1/bank/public/')) return 'api';
  if (['/pay', '/checkout', '/invitations'].some((page) => pathname === page || pathname.startsWith(`${page}/`))) return 'page';
  return null;
}

const LINK_PAYMENT = /^\/api\/v1\/bank\/public\/payment-link\/([^/]+)\/charge\/?$/;

/** The payment link whose checkout a request starts a payment of, or null. */
export function paymentLinkOf(pathname: string): string | null {
  return LINK_PAYMENT.exec(pathname)?.[1]?.toLowerCase() ?? null;
}
