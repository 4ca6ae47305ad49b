/**
 * Runs once when a server process starts: validates the environment (a clear error instead of a
 * half-working server), connects and migrates the database and installs the job queues before the
 * first request, and, unless
 * JOBS_WORKER=off, works the job queues in this process so webhooks go out with no extra process.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env } = await import('./lib/env');
  env();
  const [{ getDb, getJobExecutor }, { installJobQueues }] = await Promise.all([import('./db/client'), import('./lib/jobs/install')]);
  const db = await getDb();
  // Every process installs the queues, not only those that work them: a web process with
  // JOBS_WORKER=off still enqueues webhooks in its transactions.
  await installJobQueues(await getJobExecutor());
  if (env().JOBS_WORKER !== 'in-process') return;
  // Once per process: dev reloads can run register() again, and a second set of workers would
  // only compete with the first over the same single connection.
  const holder = globalThis as unknown as { __walletJobWorkers?: Promise<unknown> };
  holder.__walletJobWorkers ??= (async () => {
    const [{ startJobWorkers }, jobs] = await Promise.all([import('./lib/jobs/run-workers'), getJobExecutor()]);
    return startJobWorkers({ db, jobs });
  })();
  await holder.__walletJobWorkers;
}
