#!/usr/bin/env node
// `npm test`: installs what the suites need (a Chromium, a PostgreSQL database), runs every suite
// (lint, types, import cycles, unit + integration, OpenAPI lint, browser, reliability), and ends
// with one line `N passed, N failed` summing them all. Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import postgres from 'postgres';

const reports = '.ci/reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

function run(command, args, extraEnv = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } }).status === 0;
}

function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return;
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canApt && run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'])) return;
  // Elsewhere (a laptop, a hosted runner) Playwright's own Chromium is the way.
  run('node_modules/.bin/playwright', ['install', '--with-deps', 'chromium']);
}

/**
 * The integration tests' database (created if missing), and a fresh one beside it for the browser
 * suite: the e2e server works the job queues, and must not inherit the jobs the integration tests
 * left behind (deliveries to receivers long gone, retries scheduled), which would delay its own.
 */
async function ensureDatabases() {
  process.env.DATABASE_URL ||= 'postgres://postgres@127.0.0.1:5432/wallet_test';
  const target = new URL(process.env.DATABASE_URL);
  const name = decodeURIComponent(target.pathname.slice(1));
  const e2e = new URL(target);
  e2e.pathname = `/${encodeURIComponent(`${name}_e2e`)}`;
  const maintenance = new URL(target);
  maintenance.pathname = '/postgres';
  const sql = postgres(maintenance.toString(), { max: 1, onnotice: () => {} });
  const quoted = (db) => `"${db.replaceAll('"', '""')}"`;
  try {
    const [found] = await sql`select 1 from pg_database where datname = ${name}`;
    if (!found) await sql.unsafe(`create database ${quoted(name)}`);
    await sql.unsafe(`drop database if exists ${quoted(`${name}_e2e`)} with (force)`);
    await sql.unsafe(`create database ${quoted(`${name}_e2e`)}`);
  } catch (error) {
    console.error(`Cannot reach PostgreSQL at ${maintenance.host}: ${error.message}\nStart it, or set DATABASE_URL.`);
    process.exit(1);
  } finally {
    await sql.end();
  }
  console.log(`Tests use PostgreSQL databases "${name}" and "${name}_e2e" on ${target.host}.`);
  return { e2eUrl: e2e.toString() };
}

/** A suite either reports its own test counts or counts as one check. */
const suites = [
  { name: 'lint', run: () => run('node_modules/.bin/eslint', ['.', '--max-warnings=0']) },
  { name: 'typecheck', run: () => run('node_modules/.bin/tsc', ['--noEmit']) },
  {
    // Layers point one way (db ← lib/jobs ← domains ← doors): any import cycle fails the run.
    name: 'import cycles',
    run: () => run('node_modules/.bin/madge', ['--circular', '--no-spinner', '--extensions', 'ts,tsx', '--ts-config', 'tsconfig.json', 'app', 'components', 'db', 'lib', 'instrumentation.ts', 'proxy.ts', 'server.ts']),
  },
  {
    // The OpenAPI document generated from the zod schemas must lint clean (errors fail; see redocly.yaml).
    name: 'openapi',
    run: () =>
      run('node_modules/.bin/tsx', ['lib/openapi/write-document.ts', `${reports}/openapi.json`]) &&
      run('node_modules/.bin/redocly', ['lint', `${reports}/openapi.json`, '--format=stylish']),
  },
  {
    name: 'vitest',
    run: () => run('node_modules/.bin/vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile=${reports}/vitest.json`]),
    counts: () => {
      const r = JSON.parse(readFileSync(`${reports}/vitest.json`, 'utf8'));
      return { passed: r.numPassedTests, failed: r.numFailedTests + (r.success ? 0 : r.numFailedTestSuites) };
    },
  },
  {
    name: 'playwright',
    run: () => run('node_modules/.bin/playwright', ['test'], { CI: process.env.CI || 'true', DATABASE_URL: e2eUrl }),
    counts: () => {
      const r = JSON.parse(readFileSync(`${reports}/playwright.json`, 'utf8'));
      return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected + (r.errors?.length ?? 0) };
    },
  },
  {
    // After the browser suite, so it reuses the production build its web server made (it builds one
    // itself, secrets blanked as playwright.config.ts does, when .next has none). It runs its own
    // PostgreSQL cluster and servers, not DATABASE_URL's: it kills and stops them (docs/reliability.md).
    name: 'reliability',
    run: () => run('node_modules/.bin/tsx', ['e2e/reliability/run.ts', `--report=${reports}/reliability.json`]),
    counts: () => {
      const r = JSON.parse(readFileSync(`${reports}/reliability.json`, 'utf8'));
      return { passed: r.passed, failed: r.failed };
    },
  },
];

ensureChromium();
const { e2eUrl } = await ensureDatabases();

let passed = 0;
let failed = 0;
const lines = [];
for (const suite of suites) {
  const ok = suite.run();
  let counts = { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
  if (suite.counts) {
    try {
      counts = suite.counts();
      // A suite that exited non-zero with no failing test still failed (a crash, a setup error).
      if (!ok && counts.failed === 0) counts.failed = 1;
    } catch {
      counts = { passed: 0, failed: 1 };
    }
  }
  passed += counts.passed;
  failed += counts.failed;
  lines.push(`${suite.name}: ${counts.passed} passed, ${counts.failed} failed`);
}

console.log(`\n${lines.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
