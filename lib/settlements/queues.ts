import { declareQueue } from '@/lib/jobs/declare-queue';

/**
 * The settlement run (./run.ts) on a cron schedule: pg-boss makes one job per tick however many
 * workers run. A run that dies is retried; a charge already settled is skipped, so a retry or an
 * overlapping run moves nothing twice.
 */
export const settlementQueue = declareQueue('settlement', { retryLimit: 3, retryDelay: 120, expireInSeconds: 1_800 });

/**
 * Every hour at a quarter past, in Brasília: a charge becomes due when its settlement day begins
 * there, so it settles by 00:15 of that day, and anything a failed run left behind an hour later.
 */
export const SETTLEMENT_CRON = '15 * * * *';
export const SETTLEMENT_TIME_ZONE = 'America/Sao_Paulo';
