import postgres from 'postgres';
import { migratePostgres } from '@/db/migrate';
import { postgresExecutor } from '@/db/sql-executor';
import { installJobQueues } from '@/lib/jobs/install';

/** Integration tests run against a real PostgreSQL, migrated (queues included) once before any worker starts. */
export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'Integration tests need a real PostgreSQL: set DATABASE_URL (npm test sets it to a local database for you).',
    );
  }
  await migratePostgres(url);
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await installJobQueues(postgresExecutor(client));
  } finally {
    await client.end({ timeout: 5 });
  }
}
