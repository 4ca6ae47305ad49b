// API platform benchmark: token issue and an authenticated GET through the API door, as ratios to
// `GET /api/health` measured in the same run against the same running server (absolute numbers vary
// with the machine; the ratios say what authentication and the door cost on top of a bare round trip).
//
//   DATABASE_URL=postgres://… BENCH_URL=http://127.0.0.1:3000 npm run bench
//
// The server must use the same DATABASE_URL. Writes the results to docs/benchmarks.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { ALL_SCOPES } from '@/lib/api/scopes';
import { openDatabase } from '@/db/client';
import { DEMO, seedDemo } from '@/lib/accounts/demo';
import { createApiClient } from '@/lib/credentials/create';
import { revokeApiClient } from '@/lib/credentials/manage';

const BASE = process.env.BENCH_URL ?? 'http://127.0.0.1:3000';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);
const WARMUP = 30;
const CONCURRENCY = 4;
// Every loop stops after this long whatever ROUNDS says, so the script always ends by itself.
const TIME_BUDGET_MS = 60_000;

type Call = () => Promise<Response>;

async function measure(name: string, call: Call) {
  for (let i = 0; i < WARMUP; i++) await expectOk(name, call);
  const samples: number[] = [];
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < ROUNDS && performance.now() - started < TIME_BUDGET_MS) {
      next++;
      const t0 = performance.now();
      await expectOk(name, call);
      samples.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { name, n: samples.length, p50: at(0.5), p95: at(0.95), throughput: samples.length / seconds };
}

async function expectOk(name: string, call: Call) {
  const response = await call();
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${name} answered ${response.status}`);
}

async function main() {
  const { db, close } = await openDatabase({ url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/wallet_bench' });
  await seedDemo(db);
  const caller = { type: 'system' as const, id: 'benchmark', entityUuid: DEMO.entityUuid, walletUuid: null };
  const { client, clientSecret } = await createApiClient(db, caller, {
    entityUuid: DEMO.entityUuid,
    name: `benchmark ${new Date().toISOString()}`,
    scopes: ALL_SCOPES,
  });

  const tokenForm = new URLSearchParams({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: clientSecret }).toString();
  const issue = () => fetch(`${BASE}/api/oauth2/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: tokenForm });
  const { access_token: token } = (await (await issue()).json()) as { access_token: string };

  const health = await measure('GET /api/health (baseline)', () => fetch(`${BASE}/api/health`));
  const results = [
    health,
    await measure('POST /api/oauth2/token', issue),
    await measure('GET /api/v1/token/info/ (Bearer, via apiRoute)', () => fetch(`${BASE}/api/v1/token/info/`, { headers: { authorization: `Bearer ${token}` } })),
  ];

  const rows = results.map(
    (r) =>
      `| ${r.name} | ${r.n} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${(r.p50 / health.p50).toFixed(2)} | ${r.throughput.toFixed(0)} |`,
  );
  const section = [
    '## API platform (`npm run bench`, bench/api.ts)',
    '',
    `Run ${new Date().toISOString().slice(0, 10)} against \`next start\` on PostgreSQL, ${ROUNDS} requests per row from ${CONCURRENCY} concurrent clients, after ${WARMUP} warm-up requests.`,
    'The ratio is the median latency over the median of the health check (one `select 1`) in the same run; the machine',
    'is small and shared, so read the ratios, not the milliseconds.',
    '',
    '| request | n | p50 ms | p95 ms | p50 ÷ health p50 | requests/s |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
  writeSection(section);
  console.log(section);
  // The benchmark's credentials are spent: revoke them rather than leave live secrets behind.
  await revokeApiClient(db, caller, { clientId: client.clientId });
  await close();
}

/** Replaces this benchmark's section of docs/benchmarks.md, leaving other sections alone. */
function writeSection(section: string) {
  const path = 'docs/benchmarks.md';
  let current = '# Benchmarks\n\nMeasured by the scripts in `bench/` against a real PostgreSQL, as ratios to a baseline measured in the same run.\n\n';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // First run: start the file.
  }
  const start = current.indexOf('## API platform');
  const end = start < 0 ? -1 : current.indexOf('\n## ', start + 1);
  const updated = start < 0 ? `${current.trimEnd()}\n\n${section}` : `${current.slice(0, start)}${section}${end < 0 ? '' : current.slice(end + 1)}`;
  writeFileSync(path, updated.endsWith('\n') ? updated : `${updated}\n`);
}

await main();
