import { execFile } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { onCleanup } from '@/lib/testing/process-cleanup';
import { sparePort } from './spare-port';

const run = promisify(execFile);

/** A PostgreSQL cluster of the suite's own: a temporary directory, a spare port, nothing shared with the machine's. */
export interface PostgresInstance {
  /** The suite's database on it. */
  url: string;
  port: number;
  /** Stops it the way an operator would (fast shutdown: sessions are cut, nothing is lost). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** The end of its server log, for a failure report. */
  logTail(lines?: number): string;
}

const DATABASE = 'reliability';

/** initdb into a temporary directory, start it on a spare port, create the suite's database. Undone by the cleanup. */
export async function startPostgres(): Promise<PostgresInstance> {
  const bin = postgresBinaries();
  const dir = mkdtempSync(join(tmpdir(), 'reliability-pg-'));
  onCleanup(`remove ${dir}`, () => rmSync(dir, { recursive: true, force: true }));
  const owner = await clusterOwner();
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = join(dir, 'data');
  const log = join(dir, 'postgres.log');
  const asOwner = (command: string, args: string[]) =>
    owner ? run('runuser', ['-u', 'postgres', '--', join(bin, command), ...args]) : run(join(bin, command), args);

  await asOwner('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await sparePort();
  // A throwaway cluster: durability of its own files is not under test (no case crashes PostgreSQL
  // itself; R3 stops it cleanly), so it skips the fsyncs a 2-core machine would wait on.
  appendFileSync(
    join(data, 'postgresql.conf'),
    [
      `port = ${port}`,
      `listen_addresses = '127.0.0.1'`,
      `unix_socket_directories = '${dir}'`,
      'max_connections = 200',
      'fsync = off',
      'synchronous_commit = off',
      'full_page_writes = off',
      'log_min_messages = warning',
      '',
    ].join('\n'),
  );
  let running = false;
  const instance: PostgresInstance = {
    url: `postgres://postgres@127.0.0.1:${port}/${DATABASE}`,
    port,
    async start() {
      await asOwner('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '60', 'start']);
      running = true;
    },
    async stop() {
      running = false;
      await asOwner('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']);
    },
    logTail(lines = 30) {
      return existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-lines).join('\n') : '';
    },
  };
  // Registered after the directory's removal, so it runs before it.
  onCleanup('stop PostgreSQL', async () => {
    if (running || existsSync(join(data, 'postmaster.pid'))) await asOwner('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
  });
  await instance.start();
  const admin = postgres(`postgres://postgres@127.0.0.1:${port}/postgres`, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${DATABASE}`);
  } finally {
    await admin.end();
  }
  return instance;
}

/** The newest PostgreSQL under /usr/lib/postgresql (Debian's layout), or what PATH offers. */
function postgresBinaries(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length) return join(root, versions[0]!, 'bin');
  const onPath = (process.env.PATH ?? '').split(':').find((dir) => existsSync(join(dir, 'initdb')));
  if (onPath) return onPath;
  throw new Error('No PostgreSQL binaries found (looked for initdb under /usr/lib/postgresql/*/bin and on PATH)');
}

/** PostgreSQL refuses to run as root: then the cluster belongs to the `postgres` user. */
async function clusterOwner(): Promise<{ uid: number; gid: number } | null> {
  if (process.getuid?.() !== 0) return null;
  const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}
