// `npm run test:reliability`: the reliability suite (issue 16). It starts a PostgreSQL cluster of its
// own (initdb into a temporary directory, a spare port) and two `server.ts` processes on it, runs
// cases R1–R7 against them, prints one summary line per case and `N passed, N failed`, and tears
// everything down however it ends. Sizes scale with RELIABILITY_SCALE (see docs/reliability.md).
//
//   npm run test:reliability                          # every case
//   npm run test:reliability -- --only R3,R7          # some of them
//   npm run test:reliability -- --report out.json     # also write the counts as JSON (npm test reads them)
import './process-env';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import postgres from 'postgres';
import { openDatabase } from '@/db/client';
import { appServer, type AppServer } from './app-server';
import { loggedErrors, printSummary, summaryLine, writeJsonReport, type CaseReport } from './case-report';
import { CASES } from './cases';
import { cleanUpOnSignals, onCleanup, runCleanup } from '@/lib/testing/process-cleanup';
import { Findings } from './findings';
import type { Harness, ReliabilityCase } from './harness';
import { startPostgres } from './postgres-instance';
import { sparePort } from './spare-port';
import { ensureProductionBuild } from './production-build';
import { SCALE } from './settings';

/**
 * The order cases run in. R2 goes first, while server A is the only one: its own restarts must
 * deliver the outbox. B then joins for R1 and R4 (two servers on one database); R2's deliveries are
 * checked after those (SETTLE), having had time to land. R3 stops the database, so it runs late.
 */
const PLAN = ['R2', 'START_B', 'R1', 'R4', 'SETTLE', 'R5', 'R6', 'R3', 'R7'] as const;

const { values } = parseArgs({ options: { only: { type: 'string' }, report: { type: 'string' } } });
const only = values.only ? new Set(values.only.split(',').map((id) => id.trim().toUpperCase())) : null;

type Settle = (findings: Findings) => Promise<void>;

async function main(reports: CaseReport[], pending: { report: CaseReport; settle: Settle }[]): Promise<void> {
  ensureProductionBuild();
  const workDir = mkdtempSync(join(tmpdir(), 'reliability-run-'));
  onCleanup(`remove ${workDir}`, () => rmSync(workDir, { recursive: true, force: true }));
  const keepLogs = process.env.RELIABILITY_KEEP_LOGS;
  if (keepLogs) onCleanup(`keep the servers' logs in ${keepLogs}`, () => cpSync(workDir, keepLogs, { recursive: true }));

  const pg = await startPostgres();
  process.env.DATABASE_URL = pg.url;
  // As `npm run db:migrate` does it: the migrations, then the job queues.
  await promisify(execFile)('node_modules/.bin/tsx', ['db/migrate-cli.ts'], { env: { ...process.env, DATABASE_URL: pg.url } });
  const connection = await openDatabase({ url: pg.url });
  onCleanup('close the seeding connection', () => connection.close());
  const sql = postgres(pg.url, { max: 4, onnotice: () => {} });
  onCleanup('close the checking connection', () => sql.end({ timeout: 5 }));

  const [portA, portB] = [await sparePort(), await sparePort()];
  const servers = [appServer({ name: 'server-a', port: portA, databaseUrl: pg.url, workDir }), appServer({ name: 'server-b', port: portB, databaseUrl: pg.url, workDir })] as const;
  const harness: Harness = { pg, servers, db: connection.db, sql };
  console.log(`PostgreSQL on port ${pg.port}; servers A ${servers[0].url}, B ${servers[1].url}; RELIABILITY_SCALE=${SCALE}`);
  await servers[0].start();
  const running = new Set<AppServer>([servers[0]]);

  for (const step of PLAN) {
    if (step === 'START_B') {
      await servers[1].start();
      running.add(servers[1]);
    } else if (step === 'SETTLE') {
      for (const { report, settle } of pending.splice(0)) {
        await observe(servers, report, () => settle(report.findings));
        finish(report);
      }
    } else {
      const found = CASES.find((c) => c.id === step && (!only || only.has(c.id)));
      if (found) await runCase(found, harness, reports, pending);
    }
    // A server that died in a case (recorded as that case's crash) is started again for the next.
    for (const server of running) if (!server.pid()) await server.start();
  }
}

async function runCase(reliabilityCase: ReliabilityCase, harness: Harness, reports: CaseReport[], pending: { report: CaseReport; settle: Settle }[]) {
  const report: CaseReport = { id: reliabilityCase.id, title: reliabilityCase.title, passed: false, seconds: 0, findings: new Findings(), serverLogs: [] };
  reports.push(report);
  const later: { settle?: Settle } = {};
  await observe(harness.servers, report, async () => {
    later.settle = (await reliabilityCase.run(harness, report.findings)) ?? undefined;
  });
  if (later.settle) pending.push({ report, settle: later.settle });
  else finish(report);
}

/**
 * Runs one phase of a case: its time is added to the case's, and so is what the servers did
 * meanwhile — an exit nobody asked for (a crash) fails it, error lines in their logs are counted.
 */
async function observe(servers: readonly AppServer[], report: CaseReport, phase: () => Promise<void>) {
  const started = performance.now();
  const exitsBefore = servers.map((s) => s.unexpectedExits.length);
  const logsBefore = servers.map((s) => s.logSize());
  try {
    await phase();
  } catch (error) {
    report.findings.fail('the case could not run to its end', (error as Error).stack ?? String(error));
  }
  for (const [i, server] of servers.entries()) {
    for (const exit of server.unexpectedExits.slice(exitsBefore[i])) report.findings.fail('a server crashed', `${exit}\n${server.log().split('\n').slice(-20).join('\n')}`);
  }
  report.serverLogs.push(...servers.map((server, i) => server.log(logsBefore[i])));
  report.seconds += (performance.now() - started) / 1000;
}

function finish(report: CaseReport) {
  report.findings.figure('error lines in the servers’ logs', loggedErrors(report.serverLogs));
  report.passed = report.findings.failureCount === 0;
  console.log(`${report.passed ? '✓' : '✗'} ${summaryLine(report)}`);
}

cleanUpOnSignals();
const started = performance.now();
const reports: CaseReport[] = [];
const pending: { report: CaseReport; settle: Settle }[] = [];
let setupError: unknown;
try {
  await main(reports, pending);
} catch (error) {
  setupError = error;
} finally {
  await runCleanup();
}
for (const { report } of pending) {
  report.findings.fail('the case did not finish', 'the run stopped before its second phase');
  finish(report);
}
const counts = printSummary(reports, setupError, (performance.now() - started) / 1000);
if (values.report) writeJsonReport(values.report, reports, counts);
process.exit(counts.failed === 0 ? 0 : 1);
