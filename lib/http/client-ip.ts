/**
 * The caller's address for per-IP limits: the right-most `X-Forwarded-For` entry, i.e. the one
 * written by the hop nearest to us (our load balancer, or Next.js itself from the socket when the
 * header is absent). Entries to its left are whatever the client claimed and are never trusted;
 * taking the first one would let anyone pick a fresh rate-limit key per request.
 */
export function clientIpFrom(headers: Headers): string {
  const hops = headers.get('x-forwarded-for')?.split(',').map((hop) => hop.trim()).filter(Boolean) ?? [];
  return hops.at(-1) || headers.get('x-real-ip')?.trim() || 'unknown';
}
