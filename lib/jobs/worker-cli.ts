/**
 * `npm run worker`: works the job queues in a process of its own (set JOBS_WORKER=off on the web
 * servers then). Stops taking jobs on SIGINT or SIGTERM and lets the ones in flight finish.
 */
import { openDatabase } from '@/db/client';
import { env } from '@/lib/env';
import { logger } from '@/lib/logger';
import { installJobQueues } from './install';
import { startJobWorkers } from './run-workers';

const url = env().DATABASE_URL;
if (!url) {
  // PGlite serves one process per directory: on the embedded database the server works the queues itself.
  logger.fatal('npm run worker needs DATABASE_URL; on the embedded database leave JOBS_WORKER=in-process');
  process.exit(1);
}
const connection = await openDatabase({ url });
await installJobQueues(connection.jobs);
const workers = await startJobWorkers(connection);
logger.info({ appEnv: env().APP_ENV }, 'job workers started');

async function shutdown(signal: NodeJS.Signals) {
  logger.info({ signal }, 'job workers stopping');
  try {
    await workers.stop();
    await connection.close();
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, 'job workers did not stop cleanly');
    process.exit(1);
  }
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
