/**
 * The caller's address for per-IP limits. Under `npm start`, server.ts has already replaced
 * `X-Forwarded-For` by the one address resolved from the socket and TRUSTED_PROXIES
 * (lib/http/front-door.ts). Elsewhere (`next dev`) the right-most entry is the best there is: the
 * hop nearest to us; entries to its left are whatever the client claimed and are never read.
 */
export function clientIpFrom(headers: Headers): string {
  const hops = headers.get('x-forwarded-for')?.split(',').map((hop) => hop.trim()).filter(Boolean) ?? [];
  return hops.at(-1) || headers.get('x-real-ip')?.trim() || 'unknown';
}
