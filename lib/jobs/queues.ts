import type PgBoss from 'pg-boss';

/**
 * Every pg-boss queue of the platform and how pg-boss itself retries a job whose handler threw or
 * whose worker died (the job expires and runs again). Domain retries with their own schedule,
 * such as webhook redelivery, are new jobs sent by the handler, not these.
 */
export const QUEUES = {
  webhookDelivery: 'webhook-delivery',
  idempotencyPurge: 'idempotency-purge',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const QUEUE_OPTIONS: Record<QueueName, Omit<PgBoss.Queue, 'name'>> = {
  // An attempt waits at most 10 s for the receiver; a job still active after 60 s belongs to a
  // worker that died, and runs again (at-least-once).
  'webhook-delivery': { retryLimit: 10, retryDelay: 30, retryBackoff: true, expireInSeconds: 60 },
  // Housekeeping on a cron: a failed run is simply the next run's work.
  'idempotency-purge': { retryLimit: 0, expireInSeconds: 300 },
};
