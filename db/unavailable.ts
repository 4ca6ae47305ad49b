// What postgres.js (and node's sockets) say when the database is down or restarting, and
// PostgreSQL's own SQLSTATEs for it: class 08 (connection exception) and 57P01–57P03 (shutdown,
// crash shutdown, cannot connect now).
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT', '57P01', '57P02', '57P03']);

/**
 * True when `error` (or its cause) means the database could not be reached or went away mid-query:
 * not a bug of ours but an outage, which a client should retry after a moment.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
  }
  return false;
}
