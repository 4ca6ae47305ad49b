import { declareQueue } from '@/lib/jobs/declare-queue';

/**
 * One job per delivery attempt. An attempt waits at most 10 s for the receiver; a job still active
 * after 60 s belongs to a worker that died, and runs again (at-least-once).
 */
export const webhookDeliveryQueue = declareQueue('webhook-delivery', { retryLimit: 10, retryDelay: 30, retryBackoff: true, expireInSeconds: 60 });
