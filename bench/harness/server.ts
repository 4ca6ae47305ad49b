import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { onCleanup } from '@/lib/testing/process-cleanup';
import { SERVER_SECRETS, SETTINGS } from './settings';

const DIST_DIR = process.env.NEXT_DIST_DIR || '.next';
const READY_TIMEOUT_MS = 120_000;

const ID_FILE = join(DIST_DIR, 'BUILD_ID');

/** The id of the production build in .next now, if any. */
export function currentBuild(): string | null {
  return existsSync(ID_FILE) ? readFileSync(ID_FILE, 'utf8').trim() : null;
}

/** The production build's id, building it first (as playwright.config.ts does, secrets blanked) when there is none. */
export function productionBuild(): string {
  if (!existsSync(ID_FILE)) {
    console.log(`No production build in ${DIST_DIR}: next build (production secrets blanked)…`);
    const blanked = Object.fromEntries(Object.keys(SERVER_SECRETS).map((name) => [name, '']));
    const result = spawnSync('node_modules/.bin/next', ['build'], { stdio: 'inherit', env: { ...process.env, ...blanked, NEXT_TELEMETRY_DISABLED: '1' } });
    if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
  }
  return currentBuild()!;
}

export interface AppServer {
  url: string;
  /** Its process group (tsx and the server it runs), whose CPU time the probes read. */
  group: number;
  /** SIGTERM to its process group (SIGKILL after 10 s); a CPU profile, when asked for, is written on this exit. */
  stop(): Promise<void>;
}

/**
 * `npm start`'s server.ts on the production build, in a process group of its own (tsx runs the
 * server as its child), with playwright.config.ts's environment and the run's database.
 */
export async function startServer(databaseUrl: string): Promise<AppServer> {
  const port = SETTINGS.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const logDir = mkdtempSync(join(tmpdir(), 'wallet-bench-server-'));
  onCleanup(`remove ${logDir}`, () => rmSync(logDir, { recursive: true, force: true }));
  const logPath = join(logDir, 'server.log');
  const out = openSync(logPath, 'a');
  const serverArgs = ['server.ts', '-H', '127.0.0.1', '-p', String(port)];
  // Profiling runs the same server under node itself (--cpu-prof is refused in NODE_OPTIONS), with tsx as its loader.
  const [command, args] = SETTINGS.cpuProfileDir
    ? [process.execPath, ['--cpu-prof', `--cpu-prof-dir=${SETTINGS.cpuProfileDir}`, '--import', 'tsx', ...serverArgs]]
    : ['node_modules/.bin/tsx', serverArgs];
  const child = spawn(command, args, {
    detached: true,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      ...SERVER_SECRETS,
      NODE_ENV: 'production',
      APP_ENV: 'test',
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: url,
      LOG_LEVEL: 'warn',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  closeSync(out);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const log = () => {
    try {
      return readFileSync(logPath, 'utf8').split('\n').slice(-40).join('\n');
    } catch {
      return '';
    }
  };
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    signalGroup(child, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  onCleanup('stop the server', stop);
  await waitUntilReady(url, child, log);
  return { url, group: child.pid!, stop };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

async function waitUntilReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited while starting:\n${log()}`);
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server was not ready after ${READY_TIMEOUT_MS / 1000} s:\n${log()}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}
