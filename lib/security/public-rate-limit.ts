import { getDb } from '@/db/client';
import { commonErrors } from '@/lib/errors/common';
import { serializeError } from '@/lib/errors/dialects';
import { clientIpFrom } from '@/lib/http/client-ip';
import { stringifyJson } from '@/lib/http/json';
import { requestIdFrom } from '@/lib/http/request-id';
import { logger } from '@/lib/logger';
import { paymentLinkOf, PUBLIC_LIMITS, publicLimitOf, type PublicLimit } from './public-limits';
import { requestLimiter, type RequestLimiter } from './rate-limiter';

// One limiter per budget and process: each keeps a cleanup timer for its expired rows.
let limiters: Promise<Record<PublicLimit, RequestLimiter>> | undefined;

function publicLimiters(): Promise<Record<PublicLimit, RequestLimiter>> {
  limiters ??= getDb()
    .then((db) => ({ api: requestLimiter(db, PUBLIC_LIMITS.api), page: requestLimiter(db, PUBLIC_LIMITS.page), link: requestLimiter(db, PUBLIC_LIMITS.link) }))
    .catch((error: unknown) => {
      limiters = undefined;
      throw error;
    });
  return limiters;
}

/**
 * The 429 for a public request over its address's budget (PUBLIC_LIMITS), or null to let it
 * through. Counted in the shared database, so every server process spends one budget. The public
 * API answers in its own dialect (A55 charges); the pages with a short text. Should the count itself
 * fail, the request goes through: a payer is not turned away because the limiter is unwell.
 */
export async function refuseOverPublicLimit(request: Request): Promise<Response | null> {
  const pathname = new URL(request.url).pathname;
  const limit = publicLimitOf(pathname);
  if (!limit) return null;
  const link = paymentLinkOf(pathname);
  let wait: number;
  try {
    const budgets = await publicLimiters();
    wait = await budgets[limit].consume(clientIpFrom(request.headers));
    if (wait === 0 && link) wait = await budgets.link.consume(link);
  } catch (error) {
    logger.warn({ err: error }, 'public rate limit not counted');
    return null;
  }
  if (wait === 0) return null;
  const refusal = commonErrors.tooManyRequests(wait);
  const headers = { ...refusal.headers, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
  if (limit === 'api') {
    // A link's payments answer in the A55 dialect of the payment-link routes, the charges' in theirs.
    return new Response(stringifyJson(serializeError(link ? 'a55' : 'a55_charge', refusal)), {
      status: 429,
      headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'X-Request-Id': requestIdFrom(request.headers) },
    });
  }
  return new Response(`Muitas requisições; tente novamente em ${wait} s.\nToo many requests; try again in ${wait} s.\n`, {
    status: 429,
    headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
