/**
 * The caller's address as the proxy in front of us reports it (first `X-Forwarded-For` hop, else
 * `X-Real-IP`). Behind no proxy every caller shares "unknown", which still caps the total.
 */
export function clientIpFrom(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip')?.trim() || 'unknown';
}
