// `npm run bench`: the platform under load, as ratios to baselines measured in the same run.
//
// Creates a fresh database on the local PostgreSQL (or uses DATABASE_URL), loads the demo data,
// starts the production server (building it first if .next has no build), runs rows P1–P5 one
// after the other and writes the run into docs/benchmarks.md, then stops the server and drops the
// database. Knobs (bench/harness/settings.ts): BENCH_SECONDS, BENCH_LARGE_CHARGES (P4's big size,
// 1 000 000 unless scaled down), BENCH_ONLY=P1,P3 (a partial run prints and writes nothing),
// BENCH_CPU_PROF=<dir> (the server writes a --cpu-prof profile there; see bench/profile.ts).
import './harness/process-env';
import { cleanUpOnSignals, runCleanup } from '@/lib/testing/process-cleanup';
import type { RowContext } from './harness/context';
import { benchDatabase } from './harness/database';
import { describeMachine } from './harness/machine';
import { renderRun, writeRun, type RowReport } from './harness/report';
import { currentBuild, productionBuild, startServer } from './harness/server';
import { selected, SETTINGS } from './harness/settings';
import { cardChargesRow } from './rows/p1-card-charges';
import { hotCreditWalletRow } from './rows/p2-hot-credit-wallet';
import { walletReadRow } from './rows/p3-wallet-read';
import { largeAccountRow } from './rows/p4-large-account';
import { dashboardPageRow } from './rows/p5-dashboard-page';
import { seedDemo } from '@/lib/accounts/demo';

const ROWS: [string, (ctx: RowContext) => Promise<RowReport>][] = [
  ['P1', cardChargesRow],
  ['P2', hotCreditWalletRow],
  ['P3', walletReadRow],
  ['P4', largeAccountRow],
  ['P5', dashboardPageRow],
];

async function main() {
  cleanUpOnSignals();
  const startedAt = new Date();
  const buildId = productionBuild();
  const database = await benchDatabase();
  const machine = await describeMachine(database.sql);
  console.log(`Database ready (${database.fresh ? 'fresh' : 'DATABASE_URL'}); loading the demo data…`);
  await seedDemo(database.connection.db);
  const server = await startServer(database.url);
  console.log(`Server ready on ${server.url} (build ${buildId}).`);

  const ctx: RowContext = { url: server.url, serverGroup: server.group, db: database.connection.db, sql: database.sql };
  const reports: RowReport[] = [];
  for (const [id, row] of ROWS) {
    if (!selected(id)) continue;
    const began = Date.now();
    console.log(`\n${id}…`);
    const report = await row(ctx);
    reports.push(report);
    for (const check of report.checks) {
      console.log(`  ${check.measure}: ${check.figure} (baseline ${check.baseline}, ratio ${check.ratio}; target ${check.target}: ${check.met === null ? '—' : check.met ? 'met' : 'MISSED'})`);
    }
    console.log(`  ${((Date.now() - began) / 1000).toFixed(0)} s`);
  }
  await server.stop();
  if (currentBuild() !== buildId) console.warn('Warning: .next was rebuilt while the run went on; P5 measured one build or the other.');

  const run = renderRun({ machine, startedAt, minutes: (Date.now() - startedAt.getTime()) / 60_000, buildId, databaseFresh: database.fresh, loadSeconds: SETTINGS.loadSeconds, rounds: SETTINGS.rounds }, reports);
  if (SETTINGS.only.length === 0) {
    writeRun(run);
    console.log('\nWritten to docs/benchmarks.md.');
  } else {
    console.log(`\n${run}`);
  }
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await runCleanup();
}
