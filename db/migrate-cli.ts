// `npm run db:migrate`: applies the committed migrations and installs the job queues on DATABASE_URL,
// or on the embedded PGlite.
import { installJobQueues } from '@/lib/jobs/install';
import { env } from '@/lib/env';
import { closeDb, getDb, getJobExecutor } from './client';

await getDb();
await installJobQueues(await getJobExecutor());
await closeDb();
console.log(`Migrations applied to ${env().DATABASE_URL ? 'DATABASE_URL' : env().PGLITE_DIR}.`);
