import { afterAll } from 'vitest';
import { openDatabase, type Db } from '@/db/client';

let connection: Awaited<ReturnType<typeof openDatabase>> | undefined;

/** The worker's connection to the test PostgreSQL, closed when the file's tests end. */
export async function testDb(): Promise<Db> {
  if (!connection) {
    connection = await openDatabase({ url: process.env.DATABASE_URL! });
    afterAll(async () => {
      await connection?.close();
      connection = undefined;
    });
  }
  return connection.db;
}
