import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { afterAll } from 'vitest';
import { openDatabase, type Connection } from '@/db/client';
import { installJobQueues } from '@/lib/jobs/install';

/**
 * A connection to a fresh database of its own, dropped when the file's tests end. For tests that
 * run a queue worker: on the shared test database a worker would also take the jobs other test
 * files enqueue, and theirs would take its own.
 */
export async function isolatedConnection(): Promise<Connection> {
  const shared = new URL(process.env.DATABASE_URL!);
  const name = `${shared.pathname.slice(1)}_${randomUUID().slice(0, 8)}`;
  const admin = postgres(shared.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const own = new URL(shared);
  own.pathname = `/${name}`;
  const connection = await openDatabase({ url: own.toString() });
  await installJobQueues(connection.jobs);
  afterAll(async () => {
    await connection.close();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });
  return connection;
}
