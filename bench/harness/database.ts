import postgres from 'postgres';
import { openDatabase, type Connection } from '@/db/client';
import { installJobQueues } from '@/lib/jobs/install';
import { PROBE_APPLICATION } from './probe';
import { onCleanup } from '@/lib/testing/process-cleanup';
import { SETTINGS } from './settings';

export interface BenchDatabase {
  url: string;
  /** postgres.js on the same database, for seeding and checks; `connection.db` is the app's Drizzle. */
  sql: postgres.Sql;
  connection: Connection;
  /** Whether this run created it (and drops it at the end). */
  fresh: boolean;
}

/**
 * The run's database: `DATABASE_URL` as given, or a fresh one on the admin URL's server, dropped by
 * the cleanup. Migrated and with the job queues installed, as the server's start-up would.
 */
export async function benchDatabase(): Promise<BenchDatabase> {
  let url = SETTINGS.databaseUrl;
  const fresh = url === null;
  if (url === null) {
    const name = `wallet_bench_${process.pid}_${Date.now().toString(36)}`;
    const admin = postgres(SETTINGS.adminUrl, { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`create database ${name}`);
    } finally {
      await admin.end({ timeout: 5 });
    }
    onCleanup(`drop database ${name}`, async () => {
      const dropper = postgres(SETTINGS.adminUrl, { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end({ timeout: 5 });
      }
    });
    const target = new URL(SETTINGS.adminUrl);
    target.pathname = `/${name}`;
    url = target.toString();
  }
  const connection = await openDatabase({ url });
  onCleanup('close the app connection', () => connection.close());
  await installJobQueues(connection.jobs);
  const sql = postgres(url, { max: 4, onnotice: () => {}, connection: { application_name: PROBE_APPLICATION } });
  onCleanup('close the seeding connection', () => sql.end({ timeout: 5 }));
  return { url, sql, connection, fresh };
}
