import type PgBoss from 'pg-boss';
import type { Db } from '@/db/client';
import type { WebhookWorkerOptions } from '@/lib/webhooks/worker';
import type { QueueDeclaration } from './declare-queue';
import type { WorkerBossOptions } from './worker-boss';

export interface JobWorkersOptions extends WorkerBossOptions {
  webhooks?: Omit<WebhookWorkerOptions, 'dispatcher'> & { allowPrivateTargets?: boolean };
  /** How long `stop()` lets jobs in flight finish; longer than one webhook attempt by default. */
  stopTimeoutMs?: number;
}

/**
 * How a domain works one of its queues. `start` registers the handlers on the supervising boss and
 * may answer what to release once the boss has stopped (sockets, pools).
 */
export interface QueueWorker {
  queue: QueueDeclaration;
  start(boss: PgBoss, context: { db: Db; options: JobWorkersOptions }): Promise<(() => Promise<void>) | void>;
}
