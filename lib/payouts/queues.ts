import { declareQueue } from '@/lib/jobs/declare-queue';

/** The daily run that sends scheduled payouts on their day (./lifecycle.ts); sending one twice is refused by its status. */
export const scheduledPayoutsQueue = declareQueue('payouts-scheduled', { retryLimit: 3, retryDelay: 300, expireInSeconds: 1_800 });

/** At 06:00 in Brasília, as the rails open for the day. */
export const SCHEDULED_PAYOUTS_CRON = '0 6 * * *';
export const SCHEDULED_PAYOUTS_TIME_ZONE = 'America/Sao_Paulo';
