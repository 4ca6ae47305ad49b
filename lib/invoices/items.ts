import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { invoice, invoiceItem } from '@/db/schema';
import type { IsoDate } from '@/lib/banking-calendar';
import type { InvoiceItemRow } from '@/lib/payment-instruments/queries';

export type NewInvoiceItem = Omit<typeof invoiceItem.$inferInsert, 'invoiceKey' | 'invoiceItemKey'>;

/**
 * Adds items of one wallet, each to the invoice of its cycle: the opened invoice with that
 * closing date when there is one; none yet for a later cycle (an installment), which its invoice
 * takes when it opens. An item whose cycle closed while it was being made (a purchase committing
 * across midnight of the closing day, or after a sandbox close) goes to the invoice open now, with
 * its dates: the opened invoice's row is read FOR SHARE, so closing waits for the item or the
 * item sees the invoice closed, never half of each.
 */
export async function addInvoiceItems(db: DbOrTx, walletUuid: string, items: NewInvoiceItem[]): Promise<InvoiceItemRow[]> {
  if (items.length === 0) return [];
  const [opened] = await db
    .select({ invoiceKey: invoice.invoiceKey, closingDate: invoice.closingDate, dueDate: invoice.dueDate })
    .from(invoice)
    .where(and(eq(invoice.walletUuid, walletUuid), eq(invoice.status, 'opened')))
    .for('share');
  const placed = items.map((item) => {
    if (!opened) return { ...item, invoiceKey: null };
    if (item.closingDate === opened.closingDate) return { ...item, invoiceKey: opened.invoiceKey };
    if (item.closingDate < opened.closingDate) return { ...item, invoiceKey: opened.invoiceKey, closingDate: opened.closingDate, dueDate: opened.dueDate };
    return { ...item, invoiceKey: null };
  });
  return db.insert(invoiceItem).values(placed).returning();
}

/**
 * Links to a newly opened invoice the items of its cycle made before it opened (the later
 * installments of earlier purchases), and any of an earlier cycle no invoice took, which it bills
 * with its own dates.
 */
export async function linkWaitingItems(db: DbOrTx, opened: { invoiceKey: string; walletUuid: string; closingDate: IsoDate; dueDate: IsoDate }): Promise<void> {
  const waiting = and(eq(invoiceItem.walletUuid, opened.walletUuid), isNull(invoiceItem.invoiceKey));
  await db
    .update(invoiceItem)
    .set({ invoiceKey: opened.invoiceKey })
    .where(and(waiting, eq(invoiceItem.closingDate, opened.closingDate)));
  await db
    .update(invoiceItem)
    .set({ invoiceKey: opened.invoiceKey, closingDate: opened.closingDate, dueDate: opened.dueDate })
    .where(and(waiting, lte(invoiceItem.closingDate, opened.closingDate)));
}

/**
 * How an invoice lists its items: as they came, and those made together (a carried balance with its
 * fine and interest) in the order of the item types, the balance's parts in payment order.
 */
export const invoiceItemOrder = [
  asc(invoiceItem.createdAt),
  asc(sql`array_position(array['purchase','refund','payroll_withdraw','balance_carried','late_fine','late_interest']::text[], ${invoiceItem.itemType})`),
  asc(sql`array_position(array['late_charges','postpaid_credit_limit','payroll_withdraw_limit']::text[], ${invoiceItem.chargedTo})`),
  asc(invoiceItem.installmentNumber),
  asc(invoiceItem.invoiceItemKey),
];
