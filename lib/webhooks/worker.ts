import type PgBoss from 'pg-boss';
import type { Db } from '@/db/client';
import { webhookDeliveryQueue } from './queues';
import { attemptDelivery, type DeliveryOptions } from './deliver';
import type { DeliveryJob } from './outbox';

export interface WebhookWorkerOptions extends DeliveryOptions {
  /** Deliveries sent at once by this process; pg-boss 10 has no team size, so one `work` call each. */
  concurrency?: number;
  /** How often an idle worker looks for due jobs (pg-boss's minimum is 0.5 s). */
  pollingIntervalSeconds?: number;
}

function isDeliveryJob(data: unknown): data is DeliveryJob {
  const job = data as Partial<DeliveryJob> | null;
  return typeof job?.deliveryUuid === 'string' && Number.isInteger(job.attempt) && job.attempt! >= 1;
}

/**
 * Works the `webhook-delivery` queue one job at a time per worker. A handler that throws (the
 * database went away mid-attempt) leaves the job to pg-boss's own retries; the attempt number in
 * the job keeps those from sending an attempt twice once it has been recorded.
 */
export async function registerWebhookWorker(boss: PgBoss, db: Db, options: WebhookWorkerOptions): Promise<string[]> {
  const { concurrency = 4, pollingIntervalSeconds = 2, ...delivery } = options;
  const ids: string[] = [];
  for (let i = 0; i < concurrency; i += 1) {
    ids.push(
      await boss.work<DeliveryJob>(webhookDeliveryQueue.name, { batchSize: 1, pollingIntervalSeconds }, async ([job]) => {
        if (job && isDeliveryJob(job.data)) await attemptDelivery(db, job.data, delivery);
      }),
    );
  }
  return ids;
}
