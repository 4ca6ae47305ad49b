import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { env } from '@/lib/env';
import { migratePglite, migratePostgres } from './migrate';
import * as schema from './schema';
import { pgliteExecutor, postgresExecutor, type SqlExecutor } from './sql-executor';
import type { Db } from './types';

export type { Db, DbOrTx, Tx } from './types';

export interface Connection {
  db: Db;
  /** The same connection for pg-boss, so job workers run in every mode, embedded PGlite included. */
  jobs: SqlExecutor;
  close: () => Promise<void>;
}

async function connectPostgres(url: string): Promise<Connection> {
  await migratePostgres(url);
  // postgres.js waits (0.5–1) × min(3^retries / 100, 20) s between reconnects, one retry count for
  // the whole pool, so a few seconds' outage left queries hanging 13–19 s after the database was
  // back (the reliability suite's R3); a second at most keeps recovery within a second of it. A
  // connection attempt that gets no answer (one begun while PostgreSQL was starting) gives up after 2 s
  // (postgres.js waits 30) and is retried.
  const client = postgres(url, { max: 10, onnotice: () => {}, backoff: (retries: number) => Math.min(0.1 * 2 ** retries, 1), connect_timeout: 2 });
  return { db: drizzlePostgres(client, { schema }), jobs: postgresExecutor(client), close: () => client.end({ timeout: 5 }) };
}

async function connectPglite(dir: string): Promise<Connection> {
  // Imported lazily so a server on real PostgreSQL never loads the WASM build.
  const [{ PGlite }, { drizzle: drizzlePglite }, { mkdirSync }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
    import('node:fs'),
  ]);
  if (dir !== 'memory://') mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir);
  await migratePglite(client);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, jobs: pgliteExecutor(client), close: () => client.close() };
}

/** Opens a connection (postgres.js for a URL, PGlite for a directory or `memory://`) and migrates it. */
export async function openDatabase(target: { url: string } | { pgliteDir: string }): Promise<Connection> {
  return 'url' in target ? connectPostgres(target.url) : connectPglite(target.pgliteDir);
}

// One connection per process, kept on globalThis: Next.js loads this module in several bundles
// (instrumentation, routes, actions), and two PGlite instances on one directory silently lose rows.
const globalForDb = globalThis as unknown as { __walletDb?: Promise<Connection> };

/** The process-wide database, connected and migrated on first use. */
export function getDb(): Promise<Db> {
  return getConnection().then((c) => c.db);
}

/** The process-wide connection as pg-boss sees it, for the in-process job worker. */
export function getJobExecutor(): Promise<SqlExecutor> {
  return getConnection().then((c) => c.jobs);
}

function getConnection(): Promise<Connection> {
  globalForDb.__walletDb ??= openDatabase(
    env().DATABASE_URL ? { url: env().DATABASE_URL! } : { pgliteDir: env().PGLITE_DIR },
  ).catch((error) => {
    globalForDb.__walletDb = undefined;
    throw error;
  });
  return globalForDb.__walletDb;
}

export async function closeDb(): Promise<void> {
  const connection = await globalForDb.__walletDb;
  globalForDb.__walletDb = undefined;
  await connection?.close();
}
