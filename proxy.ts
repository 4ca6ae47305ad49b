import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { contentSecurityPolicy, createNonce, STRICT_TRANSPORT_SECURITY } from '@/lib/security/headers';
import { refuseOverPublicLimit } from '@/lib/security/public-rate-limit';

/**
 * Runs before every page and route: gives the response a fresh CSP nonce (Next.js reads it from the
 * request's policy header and stamps its own scripts with it; pages read it as `x-nonce`), and
 * adds HSTS in production. Static build files are left out by the matcher: they carry the fixed
 * headers of `next.config.mjs` and run no inline code. What anyone may reach without signing in
 * (the payer's `/pay/…` pages and the public charge API) is limited per address first: past its
 * budget a request is answered 429 with `Retry-After` and goes no further.
 */
export async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development' });
  const refused = await refuseOverPublicLimit(request);
  if (refused) {
    refused.headers.set('Content-Security-Policy', policy);
    return refused;
  }
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);

  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  if (env().APP_ENV === 'production') response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image).*)' }],
};
