import type { Domain } from '@/lib/domain';
import { settlementOperations } from './operations';
import { SETTLEMENT_CRON, SETTLEMENT_TIME_ZONE, settlementQueue } from './queues';
import { settleDueCharges } from './run';

/**
 * Settlement: card and boleto money moves `pending` → `available` when its delay is due, grouped
 * per wallet and day. Its `charge.paid` events are the charges domain's; its routes need `wallet:read`.
 */
export const settlementsDomain: Domain = {
  name: 'settlements',
  operations: settlementOperations,
  scopes: {},
  queues: [
    {
      queue: settlementQueue,
      start: async (boss, { db }) => {
        await boss.schedule(settlementQueue.name, SETTLEMENT_CRON, undefined, { tz: SETTLEMENT_TIME_ZONE });
        await boss.work(settlementQueue.name, async () => {
          await settleDueCharges(db);
        });
      },
    },
  ],
  events: [],
};
