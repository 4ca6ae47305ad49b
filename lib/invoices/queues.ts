import { declareQueue } from '@/lib/jobs/declare-queue';

/**
 * The daily invoice run (./run.ts), on a cron schedule: pg-boss makes one job per tick however
 * many workers run. A run that dies is retried; advancing a wallet twice for a day is a no-op.
 */
export const invoiceCyclesQueue = declareQueue('invoice-cycles', { retryLimit: 3, retryDelay: 300, expireInSeconds: 3_600 });

/** Five past midnight in Brasília: the closing day has begun, so that day's purchases already belong to the next cycle. */
export const INVOICE_CYCLES_CRON = '5 0 * * *';
export const INVOICE_CYCLES_TIME_ZONE = 'America/Sao_Paulo';
