import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { onCleanup } from '@/lib/testing/process-cleanup';
import { SECRETS, TRUSTED_PROXY, WEBHOOK_RETRY_DELAYS_MS } from './settings';

/** One `server.ts` process (as `npm start` runs it) in a process group of its own, so a kill reaches tsx's children too. */
export interface AppServer {
  name: string;
  url: string;
  /** Starts it and waits until `GET /api/health` answers 200. */
  start(): Promise<void>;
  /** SIGKILL to the whole group: a crash, no chance to finish anything. */
  kill(): Promise<void>;
  /** The process it runs now, while it runs. */
  pid(): number | undefined;
  /** Exits nobody asked for (a crash), since the server was created. */
  unexpectedExits: string[];
  /** Its log (stdout and stderr) from byte `from` on; `logSize()` marks where a case starts reading. */
  log(from?: number): string;
  logSize(): number;
}

export interface ServerOptions {
  name: string;
  port: number;
  databaseUrl: string;
  workDir: string;
}

const READY_TIMEOUT_MS = 120_000;

export function appServer(options: ServerOptions): AppServer {
  const url = `http://127.0.0.1:${options.port}`;
  const logPath = join(options.workDir, `${options.name}.log`);
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  let expectingExit = false;
  const unexpectedExits: string[] = [];

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...SECRETS,
    NODE_ENV: 'production',
    // A test deployment: sandbox routes answer and webhooks may target the suite's loopback receivers.
    APP_ENV: 'test',
    PORT: String(options.port),
    DATABASE_URL: options.databaseUrl,
    NEXTAUTH_URL: url,
    JOBS_WORKER: 'in-process',
    WEBHOOK_RETRY_DELAYS_MS,
    TRUSTED_PROXIES: TRUSTED_PROXY,
    LOG_LEVEL: 'warn',
    NEXT_TELEMETRY_DISABLED: '1',
  };

  const signalGroup = (signal: NodeJS.Signals) => {
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };

  const server: AppServer = {
    name: options.name,
    url,
    unexpectedExits,
    pid: () => (child && child.exitCode === null && child.signalCode === null ? child.pid : undefined),
    async start() {
      const out = openSync(logPath, 'a');
      expectingExit = false;
      child = spawn('node_modules/.bin/tsx', ['server.ts', '-H', '127.0.0.1', '-p', String(options.port)], {
        env,
        detached: true,
        stdio: ['ignore', out, out],
      });
      closeSync(out);
      const current = child;
      exited = new Promise((resolve) => current.once('exit', () => resolve()));
      current.once('exit', (code, signal) => {
        if (!expectingExit) unexpectedExits.push(`${options.name} exited by itself (code ${code}, signal ${signal})`);
      });
      await waitUntilReady(url, current, () => tail(server.log()));
    },
    async kill() {
      expectingExit = true;
      signalGroup('SIGKILL');
      await exited;
    },
    log(from = 0) {
      try {
        return readFileSync(logPath).subarray(from).toString('utf8');
      } catch {
        return '';
      }
    },
    logSize() {
      try {
        return statSync(logPath).size;
      } catch {
        return 0;
      }
    },
  };
  onCleanup(`kill ${options.name}`, () => server.kill());
  return server;
}

async function waitUntilReady(url: string, child: ChildProcess, logTail: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server on ${url} exited while starting:\n${logTail()}`);
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server on ${url} not ready after ${READY_TIMEOUT_MS / 1000} s:\n${logTail()}`);
}

function tail(text: string, lines = 40): string {
  return text.split('\n').slice(-lines).join('\n');
}
