/**
 * The browser-facing security policy of every page and route. A payments dashboard (and, soon, a
 * hosted checkout) must not be framed, sniffed into another type, or leak its URLs to other sites;
 * scripts run only when this response's nonce vouches for them (Next.js stamps it on its own
 * scripts; `strict-dynamic` lets those load their chunks, and Redoc its workers).
 *
 * Pure: `proxy.ts` calls it per request. The headers that never vary (frame, sniffing, referrer)
 * are set for every path, static files included, in `next.config.mjs`.
 */
export function contentSecurityPolicy(nonce: string, options: { development: boolean }): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // React's development build evaluates strings for its stack traces; production never does.
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.development ? ["'unsafe-eval'"] : [])],
    // Inline style attributes and Redoc's runtime <style> tags; styles cannot run code.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(options.development ? ['ws:'] : [])],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** A fresh, unguessable nonce for one response (128 bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** HSTS, where TLS is the rule (a production deployment); browsers then refuse plain HTTP to the host. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';
