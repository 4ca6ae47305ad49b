import type { Domain } from '@/lib/domain';
import { invoiceEvents } from './events';
import { invoiceOperations } from './operations';
import { INVOICE_CYCLES_CRON, INVOICE_CYCLES_TIME_ZONE, invoiceCyclesQueue } from './queues';
import { runInvoiceCycles } from './run';

/** Credit wallets' invoices: cycles, closing, bank slips, payments and late charges. Their routes need the credit scopes. */
export const invoicesDomain: Domain = {
  name: 'invoices',
  operations: invoiceOperations,
  scopes: {},
  queues: [
    {
      queue: invoiceCyclesQueue,
      start: async (boss, { db }) => {
        await boss.schedule(invoiceCyclesQueue.name, INVOICE_CYCLES_CRON, undefined, { tz: INVOICE_CYCLES_TIME_ZONE });
        await boss.work(invoiceCyclesQueue.name, async () => {
          await runInvoiceCycles(db);
        });
      },
    },
  ],
  events: invoiceEvents,
};
