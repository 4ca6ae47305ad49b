import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

/**
 * Applies the committed drizzle-kit migrations to PostgreSQL. A session advisory lock, held on a
 * dedicated single connection, makes concurrent starters (several servers, parallel test workers)
 * take turns instead of racing the same DDL. pg-boss's schema and queues belong to the job layer
 * (`installJobQueues` in `lib/jobs/install.ts`), which every entry point runs after this.
 */
export async function migratePostgres(url: string): Promise<void> {
  const [{ drizzle }, { migrate }] = await Promise.all([
    import('drizzle-orm/postgres-js'),
    import('drizzle-orm/postgres-js/migrator'),
  ]);
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(hashtext('wallet-platform:migrations'))`;
    await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** Applies the same migrations to an embedded PGlite database. */
export async function migratePglite(client: PGlite): Promise<void> {
  const [{ drizzle }, { migrate }] = await Promise.all([
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
}
