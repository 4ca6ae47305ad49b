import type PgBoss from 'pg-boss';
import { idempotencyPurgeQueue } from '@/lib/platform/queues';
import { webhookDeliveryQueue } from '@/lib/webhooks/queues';

/**
 * Every queue the migrations install, so code that enqueues inside a transaction finds its queue
 * even where no worker runs. db/ cannot import `lib/domains.ts` (the domains import the database),
 * so each domain's queue declaration is listed here too; `lib/domains.test.ts` fails when this list
 * and the queues the domains work disagree.
 */
export const JOB_QUEUES = [webhookDeliveryQueue, idempotencyPurgeQueue] as const;

export type QueueName = (typeof JOB_QUEUES)[number]['name'];

/** The queue names services enqueue to. */
export const QUEUES = {
  webhookDelivery: webhookDeliveryQueue.name,
  idempotencyPurge: idempotencyPurgeQueue.name,
} as const;

export const QUEUE_OPTIONS = Object.fromEntries(JOB_QUEUES.map((queue) => [queue.name, queue.options])) as Record<QueueName, Omit<PgBoss.Queue, 'name'>>;
