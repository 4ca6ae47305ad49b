import type { Domain } from '@/lib/domain';
import { payoutEvents } from './events';
import { submitScheduledPayouts } from './lifecycle';
import { payoutOperations } from './operations';
import { PAYOUT_SCOPES } from './scopes';
import { SCHEDULED_PAYOUTS_CRON, SCHEDULED_PAYOUTS_TIME_ZONE, scheduledPayoutsQueue } from './queues';

/** Payouts from payment wallets to bank accounts and Pix keys (reference A.7). */
export const payoutsDomain: Domain = {
  name: 'payouts',
  operations: payoutOperations,
  scopes: PAYOUT_SCOPES,
  queues: [
    {
      queue: scheduledPayoutsQueue,
      start: async (boss, { db }) => {
        await boss.schedule(scheduledPayoutsQueue.name, SCHEDULED_PAYOUTS_CRON, undefined, { tz: SCHEDULED_PAYOUTS_TIME_ZONE });
        await boss.work(scheduledPayoutsQueue.name, async () => {
          await submitScheduledPayouts(db);
        });
      },
    },
  ],
  events: payoutEvents,
};
