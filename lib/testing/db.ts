import { afterAll } from 'vitest';
import { openDatabase, type Connection, type Db } from '@/db/client';

let connection: Connection | undefined;

/** The worker's connection to the test PostgreSQL (drizzle and pg-boss), closed when the file's tests end. */
export async function testConnection(): Promise<Connection> {
  if (!connection) {
    // Without it postgres.js would quietly connect to a default database of the machine's user.
    if (!process.env.DATABASE_URL) throw new Error('Integration tests need DATABASE_URL (a real PostgreSQL); name the file *.integration.test.ts');
    connection = await openDatabase({ url: process.env.DATABASE_URL });
    afterAll(async () => {
      await connection?.close();
      connection = undefined;
    });
  }
  return connection;
}

export async function testDb(): Promise<Db> {
  return (await testConnection()).db;
}
