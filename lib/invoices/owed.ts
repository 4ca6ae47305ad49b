import { and, eq, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { CHARGED_TO, invoiceItem, invoicePayment, type ChargedTo } from '@/db/schema';
import type { InvoiceRow } from './announce';
import { emptyBuckets, type Buckets } from './buckets';

/** What an invoice's items add up to, per ledger account they charge (canceled items count for nothing). */
export async function itemBuckets(db: DbOrTx, invoiceKey: string): Promise<Buckets> {
  const rows = await db
    .select({ chargedTo: invoiceItem.chargedTo, total: sql<string>`sum(${invoiceItem.amountMinor})` })
    .from(invoiceItem)
    .where(and(eq(invoiceItem.invoiceKey, invoiceKey), ne(invoiceItem.status, 'canceled')))
    .groupBy(invoiceItem.chargedTo);
  const buckets = emptyBuckets();
  for (const row of rows) buckets[row.chargedTo as ChargedTo] = BigInt(row.total);
  return buckets;
}

/** What a closed invoice asked for at closing, per account. */
export function dueBuckets(row: InvoiceRow): Buckets {
  return { late_charges: row.dueLateChargesMinor, postpaid_credit_limit: row.duePostpaidMinor, payroll_withdraw_limit: row.duePayrollWithdrawMinor };
}

/** What payments (paid or being processed) took of each account so far. */
export async function paidBuckets(db: DbOrTx, invoiceKey: string): Promise<Buckets> {
  const [row] = await db
    .select({
      late: sql<string>`coalesce(sum(${invoicePayment.lateChargesMinor}), 0)`,
      postpaid: sql<string>`coalesce(sum(${invoicePayment.postpaidMinor}), 0)`,
      payroll: sql<string>`coalesce(sum(${invoicePayment.payrollWithdrawMinor}), 0)`,
    })
    .from(invoicePayment)
    .where(eq(invoicePayment.invoiceKey, invoiceKey));
  return { late_charges: BigInt(row!.late), postpaid_credit_limit: BigInt(row!.postpaid), payroll_withdraw_limit: BigInt(row!.payroll) };
}

/** What a closed invoice still owes, per account: what closing asked for, less payments, less what moved on. */
export async function owedBuckets(db: DbOrTx, row: InvoiceRow): Promise<Buckets> {
  if (row.carriedMinor > 0n) return emptyBuckets();
  const [due, paid] = [dueBuckets(row), await paidBuckets(db, row.invoiceKey)];
  const owed = emptyBuckets();
  for (const key of CHARGED_TO) owed[key] = due[key] - paid[key];
  return owed;
}

export function owedMinor(row: InvoiceRow): bigint {
  return row.dueLateChargesMinor + row.duePostpaidMinor + row.duePayrollWithdrawMinor - row.paidMinor - row.carriedMinor;
}
