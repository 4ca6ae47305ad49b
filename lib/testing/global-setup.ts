import { migratePostgres } from '@/db/migrate';

/** Integration tests run against a real PostgreSQL, migrated once before any worker starts. */
export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'Integration tests need a real PostgreSQL: set DATABASE_URL (npm test sets it to a local database for you).',
    );
  }
  await migratePostgres(url);
}
