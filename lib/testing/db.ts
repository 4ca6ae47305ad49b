import { afterAll } from 'vitest';
import { openDatabase, type Connection, type Db } from '@/db/client';

let connection: Connection | undefined;

/** The worker's connection to the test PostgreSQL (drizzle and pg-boss), closed when the file's tests end. */
export async function testConnection(): Promise<Connection> {
  if (!connection) {
    connection = await openDatabase({ url: process.env.DATABASE_URL! });
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
