import { checkHealth } from '@/lib/api/health';

// Always answered live: a cached "ok" would hide an outage.
export const dynamic = 'force-dynamic';

/** Liveness with the database's reachability; also the baseline the benchmarks measure against. */
export async function GET(): Promise<Response> {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
