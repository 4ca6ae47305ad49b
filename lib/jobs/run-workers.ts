import type PgBoss from 'pg-boss';
import type { Connection } from '@/db/client';
import { DOMAINS } from '@/lib/domains';
import type { JobWorkersOptions } from './queue-worker';
import { startWorkerBoss } from './worker-boss';

export type { JobWorkersOptions } from './queue-worker';

export interface JobWorkers {
  boss: PgBoss;
  /** Stops taking jobs, lets the ones in flight finish (up to the stop timeout) and lets go of sockets. */
  stop(): Promise<void>;
}

/** Starts a supervising pg-boss on the connection with the workers of every domain's queues registered. */
export async function startJobWorkers(connection: Pick<Connection, 'db' | 'jobs'>, options: JobWorkersOptions = {}): Promise<JobWorkers> {
  const { stopTimeoutMs = 15_000, maintenanceIntervalSeconds } = options;
  const boss = await startWorkerBoss(connection.jobs, { maintenanceIntervalSeconds });
  const releases: (() => Promise<void>)[] = [];
  for (const worker of DOMAINS.flatMap((domain) => domain.queues)) {
    const release = await worker.start(boss, { db: connection.db, options });
    if (release) releases.push(release);
  }
  let stopping: Promise<void> | undefined;
  return {
    boss,
    stop() {
      stopping ??= (async () => {
        // close: false: the connection is the caller's, and may outlive the workers.
        await boss.stop({ graceful: true, close: false, timeout: stopTimeoutMs });
        for (const release of releases) await release();
      })();
      return stopping;
    },
  };
}
