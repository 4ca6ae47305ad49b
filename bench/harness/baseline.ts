import type { RowContext } from './context';
import type { LoadSpec } from './load';

export const EMPTY_ROUTE = 'GET /api/health';

/**
 * The baseline every API row is read against: `GET /api/health`, the cheapest route the server has
 * (no token, no door: one `select 1`), at the row's own concurrency, measured in turns with the
 * row's route (harness/interleave.ts).
 */
export function emptyRoute(ctx: RowContext, connections: number): Omit<LoadSpec, 'seconds'> {
  return { url: ctx.url, path: '/api/health', connections };
}
