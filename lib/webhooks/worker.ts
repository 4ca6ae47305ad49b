import type PgBoss from 'pg-boss';
import type { Db } from '@/db/client';
import { webhookDeliveryQueue } from './queues';
import { attemptDelivery, type DeliveryOptions } from './deliver';
import type { DeliveryJob } from './outbox';

export interface WebhookWorkerOptions extends DeliveryOptions {
  /** Workers fetching at once in this process; pg-boss 10 has no team size, so one `work` call each. */
  concurrency?: number;
  /** Jobs each fetch takes, delivered concurrently. */
  batchSize?: number;
  /** How often a worker fetches (pg-boss's minimum is 0.5 s). */
  pollingIntervalSeconds?: number;
}

function isDeliveryJob(data: unknown): data is DeliveryJob {
  const job = data as Partial<DeliveryJob> | null;
  return typeof job?.deliveryUuid === 'string' && Number.isInteger(job.attempt) && job.attempt! >= 1;
}

/**
 * Works the `webhook-delivery` queue in batches. pg-boss 10's worker waits out its polling interval
 * after every fetch, backlog or not, so one job per fetch capped a process at `concurrency` ÷
 * interval deliveries a second (2/s, measured: a 15-second burst of charges left a 20-minute
 * backlog); a batch's jobs go out concurrently instead. A delivery that throws (the database went
 * away mid-attempt) fails its batch back to pg-boss's own retries once the others have settled; the
 * attempt number in each job keeps an attempt already recorded from being sent twice.
 */
export async function registerWebhookWorker(boss: PgBoss, db: Db, options: WebhookWorkerOptions): Promise<string[]> {
  const { concurrency = 4, batchSize = 20, pollingIntervalSeconds = 1, ...delivery } = options;
  const ids: string[] = [];
  for (let i = 0; i < concurrency; i += 1) {
    ids.push(
      await boss.work<DeliveryJob>(webhookDeliveryQueue.name, { batchSize, pollingIntervalSeconds }, async (jobs) => {
        const settled = await Promise.allSettled(jobs.filter((job) => isDeliveryJob(job.data)).map((job) => attemptDelivery(db, job.data, delivery)));
        const failed = settled.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
        if (failed) throw failed.reason;
      }),
    );
  }
  return ids;
}
