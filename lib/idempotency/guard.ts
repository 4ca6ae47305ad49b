import type { Db } from '@/db/client';
import type { Logger } from '@/lib/logger';
import { redactSecrets } from './redact';
import { completeKey, releaseKey, reserveKey, type KeyedRequest } from './store';

/**
 * Runs a write at most once per key. What is kept and replayed: every answer below 500, including
 * a handler's own 4xx refusals (a 404, a 409 on state, a 422), as Stripe does; the same request
 * would be refused again, and replaying keeps the answer stable. Not kept: 5xx answers and anything
 * thrown, which release the key so a retry runs afresh (services are transactional, so a failed
 * request left no effect). Requests that fail validation never reach here, so they keep nothing.
 * Secrets in an answer are kept as null (see `redactSecrets`).
 */
export async function runIdempotently(db: Db, request: KeyedRequest, execute: () => Promise<Response>, log: Logger): Promise<Response> {
  const reservation = await reserveKey(db, request);
  if (reservation.kind === 'replay') {
    const { status, body, headers } = reservation.response;
    return new Response(body || null, { status, headers: { ...headers, 'Idempotent-Replayed': 'true' } });
  }

  let response: Response;
  try {
    response = await execute();
  } catch (error) {
    await releaseKey(db, request);
    throw error;
  }
  if (response.status >= 500) {
    await releaseKey(db, request);
    return response;
  }
  try {
    const headers = Object.fromEntries([...response.headers].filter(([name]) => name.toLowerCase() !== 'x-request-id'));
    await completeKey(db, request, { status: response.status, body: redactSecrets(await response.clone().text()), headers });
  } catch (error) {
    // The effect happened; the caller must still hear about it. The key stays reserved, so a retry
    // answers REQUEST_IN_PROGRESS rather than running twice.
    log.error({ err: error, idempotencyKey: request.key }, 'could not store the answer of an idempotent request');
  }
  return response;
}
