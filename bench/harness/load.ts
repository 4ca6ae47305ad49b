import autocannon from 'autocannon';

/** One closed-loop load: `connections` clients, each sending its next request when the last is answered. */
export interface LoadSpec {
  url: string;
  path: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Per request: fresh headers (a unique Idempotency-Key) or body. */
  perRequest?: () => { headers?: Record<string, string>; body?: string };
  /** Every answer, for rows that check what came back (statuses of the charges created). */
  onResponse?: (status: number, body: string) => void;
  connections: number;
  seconds: number;
}

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  /** Answers per second over the whole run. */
  rps: number;
  /** Latency percentiles and mean in milliseconds, from every answer's own time. */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
  /** Answers by HTTP status, plus connection errors and timeouts. */
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
  /** Every answer's latency, kept so loads of the same route can be merged. */
  latencies: number[];
}

export async function load(spec: LoadSpec): Promise<LoadResult> {
  const { perRequest, onResponse } = spec;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const options: autocannon.Options = {
    url: spec.url,
    connections: spec.connections,
    duration: spec.seconds,
    timeout: 30,
    requests: [
      {
        method: spec.method ?? 'GET',
        path: spec.path,
        headers: spec.headers,
        body: spec.body,
        ...(perRequest
          ? {
              setupRequest: (request) => {
                const fresh = perRequest();
                return { ...request, headers: { ...request.headers, ...fresh.headers }, ...(fresh.body === undefined ? {} : { body: fresh.body }) };
              },
            }
          : {}),
        ...(onResponse ? { onResponse: (status: number, body: string) => onResponse(status, body) } : {}),
      },
    ],
  };
  // The callback form hands back the instance, whose 'response' events carry each answer's own time.
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on('response', (_client, status, _bytes, milliseconds) => {
      latencies.push(milliseconds);
      statuses[String(status)] = (statuses[String(status)] ?? 0) + 1;
    });
  });
  const result = await finished;
  return summarize({ connections: spec.connections, seconds: result.duration, latencies, statuses, errors: result.errors, timeouts: result.timeouts });
}

/** Loads of the same route (the rounds of an interleaved measurement) as one. */
export function mergeLoads(results: LoadResult[]): LoadResult {
  const statuses: Record<string, number> = {};
  for (const result of results) for (const [status, count] of Object.entries(result.statuses)) statuses[status] = (statuses[status] ?? 0) + count;
  return summarize({
    connections: results[0]!.connections,
    seconds: results.reduce((sum, r) => sum + r.seconds, 0),
    latencies: results.flatMap((r) => r.latencies),
    statuses,
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    timeouts: results.reduce((sum, r) => sum + r.timeouts, 0),
  });
}

function summarize(raw: Pick<LoadResult, 'connections' | 'seconds' | 'latencies' | 'statuses' | 'errors' | 'timeouts'>): LoadResult {
  const sorted = [...raw.latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return {
    ...raw,
    requests: sorted.length,
    rps: sorted.length / raw.seconds,
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: sorted[sorted.length - 1] ?? 0,
    mean: sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length),
  };
}

/** The share of answers that were the expected status; the rest are listed by the row. */
export function answered(result: LoadResult, status: number): number {
  return (result.statuses[String(status)] ?? 0) / Math.max(1, result.requests);
}

export function describeStatuses(result: LoadResult): string {
  const parts = Object.entries(result.statuses)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, count]) => `${count} × ${status}`);
  if (result.errors) parts.push(`${result.errors} connection errors${result.timeouts ? ` (${result.timeouts} timeouts)` : ''}`);
  return parts.join(', ') || 'no answers';
}
