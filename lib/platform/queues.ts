import { declareQueue } from '@/lib/jobs/declare-queue';

/** Housekeeping on a cron: a failed run is simply the next run's work. */
export const idempotencyPurgeQueue = declareQueue('idempotency-purge', { retryLimit: 0, expireInSeconds: 300 });
