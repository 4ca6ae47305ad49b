import { and, asc, count, eq, getTableColumns, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { invoice, invoiceItem, invoicePayment, type InvoiceStatus } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { findCreditWallet, isUuid } from '@/lib/credit/queries';
import { keyset, type ListPage } from '@/lib/pagination/keyset';
import type { InvoiceItemRow } from '@/lib/payment-instruments/queries';
import type { InvoicePaymentRow, InvoiceRow } from './announce';
import { invoiceErrors } from './errors';
import { invoiceItemOrder } from './items';
import { owedMinor } from './owed';

/** A refund, on a later invoice, of a purchase this invoice billed (QI `invoice_payments_chargebacks`). */
export interface InvoiceChargeback {
  invoiceItemKey: string;
  chargebackPaidMinor: bigint;
}

/** An invoice as its answers show it: an opened invoice's total is what its items add up to so far. */
export type InvoiceSummary = InvoiceRow & { currentTotalMinor: bigint; owedMinor: bigint };
export type InvoiceDetail = InvoiceSummary & { items: InvoiceItemRow[]; payments: InvoicePaymentRow[]; chargebacks: InvoiceChargeback[] };

async function openTotals(db: DbOrTx, invoiceKeys: string[]): Promise<Map<string, bigint>> {
  if (invoiceKeys.length === 0) return new Map();
  const rows = await db
    .select({ invoiceKey: invoiceItem.invoiceKey, total: sql<string>`sum(${invoiceItem.amountMinor})` })
    .from(invoiceItem)
    .where(and(inArray(invoiceItem.invoiceKey, invoiceKeys), ne(invoiceItem.status, 'canceled')))
    .groupBy(invoiceItem.invoiceKey);
  return new Map(rows.map((row) => [row.invoiceKey!, BigInt(row.total)]));
}

async function summarize(db: DbOrTx, rows: InvoiceRow[]): Promise<InvoiceSummary[]> {
  const live = await openTotals(db, rows.filter((row) => row.totalMinor === null).map((row) => row.invoiceKey));
  return rows.map((row) => ({
    ...row,
    currentTotalMinor: row.totalMinor ?? live.get(row.invoiceKey) ?? 0n,
    owedMinor: row.status === 'opened' ? 0n : owedMinor(row),
  }));
}

const invoiceOrder = keyset({ createdAt: invoice.createdAt, id: invoice.invoiceKey });

/** A wallet's invoices, newest cycle first (ours: B.7 has no list). */
export async function listInvoices(
  db: DbOrTx,
  caller: Caller,
  walletKey: string,
  query: { page: number; page_size: number; starting_after?: string; invoice_status?: InvoiceStatus },
): Promise<ListPage<InvoiceSummary>> {
  const credit = await findCreditWallet(db, caller, walletKey);
  const conditions: SQL[] = [ownedBy(invoice, caller), eq(invoice.walletUuid, credit.walletKey)];
  if (query.invoice_status) conditions.push(eq(invoice.status, query.invoice_status));
  const where = and(...conditions);
  const at = { cursor: query.starting_after, limit: query.page_size, offset: (query.page - 1) * query.page_size };
  const [rows, [total]] = await Promise.all([
    db
      .select({ ...getTableColumns(invoice), ...invoiceOrder.position })
      .from(invoice)
      .where(and(where, invoiceOrder.seek(at)))
      .orderBy(...invoiceOrder.orderBy)
      .limit(invoiceOrder.fetch(at))
      .offset(invoiceOrder.skip(at)),
    db.select({ value: count() }).from(invoice).where(where),
  ]);
  const page = invoiceOrder.page(at, rows, total?.value ?? 0);
  return { ...page, rows: await summarize(db, page.rows) };
}

/** One invoice of one of the caller's credit wallets, without its lines. */
export async function findInvoice(db: DbOrTx, caller: Caller, walletKey: string, invoiceKey: string): Promise<InvoiceSummary> {
  const credit = await findCreditWallet(db, caller, walletKey);
  const [row] = isUuid(invoiceKey)
    ? await db
        .select()
        .from(invoice)
        .where(and(ownedBy(invoice, caller), eq(invoice.walletUuid, credit.walletKey), eq(invoice.invoiceKey, invoiceKey)))
    : [];
  if (!row) throw invoiceErrors.notFound(invoiceKey);
  return (await summarize(db, [row]))[0]!;
}

/** Reference B.7: the invoice with its items, payments and chargebacks. */
export async function getInvoice(db: DbOrTx, caller: Caller, walletKey: string, invoiceKey: string): Promise<InvoiceDetail> {
  const found = await findInvoice(db, caller, walletKey, invoiceKey);
  const [items, payments, chargebacks] = await Promise.all([
    db.select().from(invoiceItem).where(eq(invoiceItem.invoiceKey, found.invoiceKey)).orderBy(...invoiceItemOrder),
    db.select().from(invoicePayment).where(eq(invoicePayment.invoiceKey, found.invoiceKey)).orderBy(asc(invoicePayment.createdAt)),
    chargebacksOf(db, found),
  ]);
  return { ...found, items, payments, chargebacks };
}

/**
 * Refunds that came after this invoice closed, of purchases it billed: each is credited on the
 * invoice open when it happened, and shown here against the item it gives back, up to that item.
 */
async function chargebacksOf(db: DbOrTx, row: InvoiceRow): Promise<InvoiceChargeback[]> {
  if (!row.closedAt) return [];
  const refunds = await db
    .select({ itemKey: invoiceItem.invoiceItemKey, amount: invoiceItem.amountMinor, refunded: sql<string>`coalesce(sum(-refund.amount_minor), 0)` })
    .from(invoiceItem)
    .innerJoin(
      sql`${invoiceItem} as refund`,
      sql`refund.payment_instrument_entry_key = ${invoiceItem.paymentInstrumentEntryKey} and refund.item_type = 'refund' and refund.created_at > ${row.closedAt.toISOString()}::timestamptz`,
    )
    .where(and(eq(invoiceItem.invoiceKey, row.invoiceKey), eq(invoiceItem.itemType, 'purchase')))
    .groupBy(invoiceItem.invoiceItemKey, invoiceItem.amountMinor);
  return refunds.map((refund) => {
    const refunded = BigInt(refund.refunded);
    return { invoiceItemKey: refund.itemKey, chargebackPaidMinor: refunded < refund.amount ? refunded : refund.amount };
  });
}

/** The wallet's invoice open now, if any (what the dashboard shows filling up). */
export async function currentInvoice(db: DbOrTx, caller: Caller, walletKey: string): Promise<InvoiceSummary | null> {
  const credit = await findCreditWallet(db, caller, walletKey);
  const [row] = await db
    .select()
    .from(invoice)
    .where(and(ownedBy(invoice, caller), eq(invoice.walletUuid, credit.walletKey), eq(invoice.status, 'opened')));
  return row ? (await summarize(db, [row]))[0]! : null;
}
