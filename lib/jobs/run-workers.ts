import type PgBoss from 'pg-boss';
import type { Connection } from '@/db/client';
import { registerIdempotencyPurge } from '@/lib/idempotency/purge';
import { createDeliveryDispatcher } from '@/lib/webhooks/target-guard';
import { registerWebhookWorker, type WebhookWorkerOptions } from '@/lib/webhooks/worker';
import { startWorkerBoss, type WorkerBossOptions } from './worker-boss';

export interface JobWorkersOptions extends WorkerBossOptions {
  webhooks?: Omit<WebhookWorkerOptions, 'dispatcher'> & { allowPrivateTargets?: boolean };
  /** How long `stop()` lets jobs in flight finish; longer than one webhook attempt by default. */
  stopTimeoutMs?: number;
}

export interface JobWorkers {
  boss: PgBoss;
  /** Stops taking jobs, lets the ones in flight finish (up to the stop timeout) and lets go of sockets. */
  stop(): Promise<void>;
}

/** Starts a supervising pg-boss on the connection with every queue's workers registered. */
export async function startJobWorkers(connection: Pick<Connection, 'db' | 'jobs'>, options: JobWorkersOptions = {}): Promise<JobWorkers> {
  const { webhooks: { allowPrivateTargets, ...webhooks } = {}, stopTimeoutMs = 15_000, ...bossOptions } = options;
  const dispatcher = createDeliveryDispatcher({ allowPrivateTargets });
  const boss = await startWorkerBoss(connection.jobs, bossOptions);
  await registerWebhookWorker(boss, connection.db, { ...webhooks, dispatcher });
  await registerIdempotencyPurge(boss, connection.db);
  let stopping: Promise<void> | undefined;
  return {
    boss,
    stop() {
      stopping ??= (async () => {
        // close: false: the connection is the caller's, and may outlive the workers.
        await boss.stop({ graceful: true, close: false, timeout: stopTimeoutMs });
        await dispatcher.close();
      })();
      return stopping;
    },
  };
}
