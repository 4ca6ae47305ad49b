import { and, count, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { invoice, invoiceItem, wallet, type InvoiceStatus } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { keyset, type ListPage } from '@/lib/pagination/keyset';
import type { InvoiceRow } from './announce';
import { owedMinor } from './owed';

/** An invoice of any of the account's credit wallets, as the dashboard's overview lists it. */
export type AccountInvoice = InvoiceRow & { walletName: string | null; currentTotalMinor: bigint; owedMinor: bigint };

// Newest first, as every list; on (created_at, invoice_key) like a wallet's own invoice list.
const accountInvoiceOrder = keyset({ createdAt: invoice.createdAt, id: invoice.invoiceKey });

/**
 * An opened invoice has no total yet: what its live items add up to so far, summed in the same
 * query so a page of invoices costs one round trip (canceled items count for nothing, as at closing).
 */
const currentTotal = sql<string>`coalesce(${invoice.totalMinor}, (
  select coalesce(sum(${invoiceItem.amountMinor}), 0) from ${invoiceItem}
  where ${invoiceItem.invoiceKey} = ${invoice.invoiceKey} and ${invoiceItem.status} <> 'canceled'
))`;

/** Every invoice of the caller's credit wallets (the dashboard's Invoices page), newest first, by status. */
export async function listAccountInvoices(
  db: DbOrTx,
  caller: Caller,
  query: { limit: number; starting_after?: string; invoice_status?: InvoiceStatus },
): Promise<ListPage<AccountInvoice>> {
  const where = and(ownedBy(invoice, caller), query.invoice_status ? eq(invoice.status, query.invoice_status) : undefined) as SQL;
  const at = { cursor: query.starting_after, limit: query.limit, offset: 0 };
  const [rows, [total]] = await Promise.all([
    db
      .select({ ...getTableColumns(invoice), walletName: wallet.name, currentTotal, ...accountInvoiceOrder.position })
      .from(invoice)
      .innerJoin(wallet, eq(wallet.walletUuid, invoice.walletUuid))
      .where(and(where, accountInvoiceOrder.seek(at)))
      .orderBy(...accountInvoiceOrder.orderBy)
      .limit(accountInvoiceOrder.fetch(at)),
    db.select({ value: count() }).from(invoice).where(where),
  ]);
  const page = accountInvoiceOrder.page(at, rows, total?.value ?? 0);
  return {
    ...page,
    rows: page.rows.map(({ currentTotal: live, ...row }) => ({
      ...row,
      currentTotalMinor: BigInt(live),
      owedMinor: row.status === 'opened' ? 0n : owedMinor(row),
    })),
  };
}
