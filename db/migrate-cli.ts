// `npm run db:migrate`: applies the committed migrations to DATABASE_URL, or to the embedded PGlite.
import { closeDb, getDb } from './client';
import { env } from '@/lib/env';

await getDb();
await closeDb();
console.log(`Migrations applied to ${env().DATABASE_URL ? 'DATABASE_URL' : env().PGLITE_DIR}.`);
