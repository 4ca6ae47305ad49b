import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { invoice, invoicePayment, type InvoicePaymentType } from '@/db/schema';
import { todayInBrazil } from '@/lib/banking-calendar';
import { limitAccount } from '@/lib/credit/limit-ledger';
import { platformAccount, walletAccount } from '@/lib/ledger/accounts';
import { post } from '@/lib/ledger/post';
import { formatMinor } from '@/lib/money/decimal';
import { now } from '@/lib/clock';
import { announceInvoice, announcePayment, type InvoicePaymentRow, type InvoiceRow } from './announce';
import { allocatePayment, sumBuckets, type Buckets } from './buckets';
import { concludeItems, setInvoice } from './cycle';
import { invoiceErrors } from './errors';
import { owedBuckets } from './owed';
import { slipDueDate } from './slip';

const CURRENCY = 'BRL';

/** A bank's notice that an invoice's slip was paid: what a real provider's webhook becomes, and what the sandbox sends. */
export interface SlipPaymentNotice {
  barcode: string;
  amountMinor: bigint;
  paidAt: Date;
  providerReference: string;
}

/**
 * Records the payment of an invoice's bank slip, in full or short (DESIGN §2.1: boleto clearing
 * −paid, the late charges settled first, the rest back to the limits it restores). The slip is
 * paid once: paid short, the invoice stays `closed` and what is left moves to the next invoice at
 * the due date. A slip paid after its due date, or paid before, is refused (a real adapter returns
 * the money); more than the invoice owes is refused too.
 */
export async function receiveSlipPayment(db: DbOrTx, notice: SlipPaymentNotice): Promise<{ invoice: InvoiceRow; payment: InvoicePaymentRow }> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(invoice).where(eq(invoice.bankSlipBarcode, notice.barcode)).for('update');
    if (!row || !row.bankSlipStatus) throw invoiceErrors.notFound(notice.barcode);
    const paymentDate = todayInBrazil(notice.paidAt);
    if (row.bankSlipStatus !== 'issued') throw invoiceErrors.bankSlipNotPayable(row.bankSlipStatus);
    if (paymentDate > slipDueDate(row)) throw invoiceErrors.bankSlipNotPayable('expired');
    const owed = await owedBuckets(tx, row);
    const owedMinor = sumBuckets(owed);
    if (notice.amountMinor <= 0n || notice.amountMinor > owedMinor) throw invoiceErrors.paymentAmountInvalid(formatMinor(owedMinor, 2));
    await tx.update(invoice).set({ bankSlipStatus: 'paid', updatedAt: now() }).where(eq(invoice.invoiceKey, row.invoiceKey));
    return recordPayment(tx, row, owed, { type: 'bank_slip', amountMinor: notice.amountMinor, paymentDate, providerReference: notice.providerReference });
  });
}

/**
 * Takes a payment in: `processing_payment`, the money moved, then `paid`; the invoice is `paid`
 * when nothing is left. For a payroll discount, `settle: false` leaves the payment processing
 * until the benefit's remittance confirms it (`settlePayment`).
 */
export async function recordPayment(
  db: DbOrTx,
  row: InvoiceRow,
  owed: Buckets,
  input: { type: InvoicePaymentType; amountMinor: bigint; paymentDate: string; providerReference: string; settle?: boolean },
): Promise<{ invoice: InvoiceRow; payment: InvoicePaymentRow }> {
  const split = allocatePayment(owed, input.amountMinor);
  const at = now();
  const [payment] = await db
    .insert(invoicePayment)
    .values({
      entityUuid: row.entityUuid,
      walletUuid: row.walletUuid,
      invoiceKey: row.invoiceKey,
      paymentType: input.type,
      status: 'processing_payment',
      totalMinor: sumBuckets(owed),
      paidMinor: input.amountMinor,
      lateChargesMinor: split.late_charges,
      postpaidMinor: split.postpaid_credit_limit,
      payrollWithdrawMinor: split.payroll_withdraw_limit,
      paymentDate: input.paymentDate,
      providerReference: input.providerReference,
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  await announcePayment(db, payment!);
  if (input.settle === false) return { invoice: row, payment: payment! };
  return settlePayment(db, row, payment!);
}

/** The money of a processing payment arrives: it moves in the ledger, the payment is `paid`, and the invoice too once covered. */
export async function settlePayment(
  db: DbOrTx,
  row: InvoiceRow,
  payment: InvoicePaymentRow,
): Promise<{ invoice: InvoiceRow; payment: InvoicePaymentRow; transactionUuid: string }> {
  const paidMinor = row.paidMinor + payment.paidMinor;
  const covered = paidMinor === row.dueLateChargesMinor + row.duePostpaidMinor + row.duePayrollWithdrawMinor;
  if (covered) await concludeItems(db, row.invoiceKey);
  const wallet = { entityUuid: row.entityUuid, walletUuid: row.walletUuid };
  const clearing = payment.paymentType === 'bank_slip' ? 'boleto_clearing' : 'payroll_clearing';
  const [source, late, card, payroll] = await Promise.all([
    platformAccount(db, row.entityUuid, clearing, CURRENCY),
    walletAccount(db, { ...wallet, currency: CURRENCY }, 'late_charges'),
    limitAccount(db, wallet, 'postpaid_credit_limit'),
    payment.payrollWithdrawMinor > 0n ? limitAccount(db, wallet, 'payroll_withdraw_limit') : null,
  ]);
  const transactionUuid = await post(db, {
    entityUuid: row.entityUuid,
    kind: 'invoice_payment',
    reference: { type: 'invoice_payment', id: payment.invoicePaymentKey },
    description: `Invoice ${row.closingDate} paid (${payment.paymentType})`,
    entries: [
      { account: source, amountMinor: -payment.paidMinor },
      { account: late, amountMinor: payment.lateChargesMinor },
      { account: card, amountMinor: payment.postpaidMinor },
      ...(payroll ? [{ account: payroll, amountMinor: payment.payrollWithdrawMinor }] : []),
    ],
  });
  const at = now();
  const [paid] = await db.update(invoicePayment).set({ status: 'paid', updatedAt: at }).where(eq(invoicePayment.invoicePaymentKey, payment.invoicePaymentKey)).returning();
  await announcePayment(db, paid!);

  const updated = await setInvoice(db, row.invoiceKey, covered ? { paidMinor, status: 'paid', paidAt: at } : { paidMinor });
  if (covered) await announceInvoice(db, updated);
  return { invoice: updated, payment: paid!, transactionUuid };
}
