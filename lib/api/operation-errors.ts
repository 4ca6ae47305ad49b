import { publicLimitOf } from '@/lib/security/public-limits';
import { isIdempotentWrite, type Operation } from './operation';

/**
 * Every error status and code an operation can answer: the ones its door raises by itself
 * (authentication, scope, validation, idempotency, the unexpected, a database outage, the proxy's per-address limit
 * on public routes) and the ones it declares for its service. The document lists them per response, and tests refuse an answer outside them.
 */
export function answeredErrors(operation: Operation): Map<number, string[]> {
  const errors = new Map<number, Set<string>>();
  const add = (status: number, ...codes: readonly string[]) => {
    const known = errors.get(status) ?? new Set<string>();
    for (const code of codes) known.add(code);
    errors.set(status, known);
  };
  if (operation.handler) {
    const write = isIdempotentWrite(operation);
    if (operation.auth !== 'none') add(401, 'unauthorized');
    if (typeof operation.auth === 'object') add(403, 'forbidden');
    if (operation.params || operation.query || operation.body || write) add(400, operation.dialect === 'qi' ? 'QIT000001' : 'validation_error');
    if (operation.body) add(400, 'invalid_json');
    if (write) add(409, 'DUPLICATE_REQUEST', 'REQUEST_IN_PROGRESS');
    add(500, 'internal_error');
    add(503, 'service_unavailable');
  }
  if (operation.auth === 'none' && publicLimitOf(operation.path)) add(429, 'too_many_requests');
  for (const [status, codes] of Object.entries(operation.errors ?? {})) add(Number(status), ...codes);
  return new Map([...errors].sort(([a], [b]) => a - b).map(([status, codes]) => [status, [...codes]]));
}
