import { checkHealth } from '@/lib/api/health';
import { servedBy } from '@/lib/api/serve';
import { getHealthOperation } from '@/lib/platform/operations';

// Always answered live: a cached "ok" would hide an outage.
export const dynamic = 'force-dynamic';

// GET /api/health – liveness with the database's reachability; also the baseline the benchmarks measure against
export const GET = servedBy(getHealthOperation, async function GET(): Promise<Response> {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
});
