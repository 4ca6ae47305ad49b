import { and, eq, lt } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { invoicePayment, walletEntry, type ChargedTo } from '@/db/schema';
import type { IsoDate } from '@/lib/banking-calendar';
import { now } from '@/lib/clock';
import { platformAccount, walletAccount } from '@/lib/ledger/accounts';
import { post } from '@/lib/ledger/post';
import { walletEntryConcluded } from '@/lib/payment-instruments/events';
import { recordEvent } from '@/lib/webhooks/outbox';
import { announceInvoice, type InvoiceRow } from './announce';
import { PAYMENT_ORDER, sumBuckets } from './buckets';
import { concludeItems, ensureOpenedInvoice, setInvoice } from './cycle';
import { addInvoiceItems, type NewInvoiceItem } from './items';
import { lateChargesFor } from './late-charges';
import { owedBuckets } from './owed';
import { recordPayment, settlePayment } from './payments';
import { lateChargeRates, type InvoiceWallet } from './wallet-context';

const CURRENCY = 'BRL';

const CARRIED_DESCRIPTION: Record<ChargedTo, string> = {
  late_charges: 'Encargos em atraso da fatura anterior',
  postpaid_credit_limit: 'Saldo da fatura anterior',
  payroll_withdraw_limit: 'Saque consignado em aberto da fatura anterior',
};

/**
 * The due date of a closed invoice (locked) passed with a balance left (`today` is after it).
 * `processing_expiration`, then:
 * - a default wallet's balance becomes revolving credit (a `revolving_credit` wallet entry, B.6) on
 *   the invoice open now, with the fine once and the interest from the due date to that invoice's
 *   due date (./late-charges.ts), booked to `late_charges` against interest revenue; the slip
 *   expires and the invoice is `overdue`;
 * - a payroll wallet's balance is discounted from the benefit (B.7 `payroll_discount`): the invoice
 *   is `processing_payment` until the remittance settles it (`settlePayrollDiscount`).
 */
export async function expireInvoice(db: DbOrTx, wallet: InvoiceWallet, row: InvoiceRow, today: string): Promise<InvoiceRow> {
  const owed = await owedBuckets(db, row);
  const balance = sumBuckets(owed);
  if (balance <= 0n) return row;
  const at = now();
  await announceInvoice(db, await setInvoice(db, row.invoiceKey, { status: 'processing_expiration', ...(row.bankSlipStatus === 'issued' ? { bankSlipStatus: 'expired' } : {}) }));

  const rates = lateChargeRates(wallet.config);
  if (wallet.walletType === 'payroll' || !rates) {
    const processing = await setInvoice(db, row.invoiceKey, { status: 'processing_payment' });
    await announceInvoice(db, processing);
    const { invoice } = await recordPayment(db, processing, owed, {
      type: 'payroll_discount',
      amountMinor: balance,
      paymentDate: today,
      providerReference: `payroll:${row.invoiceKey}`,
      settle: false,
    });
    return invoice;
  }

  // Its items are done: revolving credit holds the balance now, at the wallet, not at the cards.
  await concludeItems(db, row.invoiceKey);
  const next = await ensureOpenedInvoice(db, wallet, today);
  const charges = lateChargesFor(balance, rates, row.dueDate, next.dueDate);
  const lateMinor = charges.fineMinor + charges.interestMinor;
  const settlementKey = lateMinor > 0n ? await postLateCharges(db, wallet, row.invoiceKey, lateMinor) : null;
  const [entry] = await db
    .insert(walletEntry)
    .values({
      entityUuid: wallet.entityUuid,
      walletUuid: wallet.walletUuid,
      entryType: 'revolving_credit',
      amountMinor: balance,
      settlementKey,
      description: `Fatura ${row.dueDate} em atraso`,
      createdAt: at,
    })
    .returning();
  const item = (fields: Pick<NewInvoiceItem, 'itemType' | 'chargedTo' | 'description' | 'amountMinor'>): NewInvoiceItem => ({
    ...fields,
    entityUuid: wallet.entityUuid,
    walletUuid: wallet.walletUuid,
    walletEntryKey: entry!.walletEntryKey,
    installmentNumber: 1,
    installmentCount: 1,
    closingDate: next.closingDate,
    dueDate: next.dueDate,
    createdAt: at,
  });
  await addInvoiceItems(db, wallet.walletUuid, [
    ...PAYMENT_ORDER.filter((key) => owed[key] > 0n).map((key) =>
      item({ itemType: 'balance_carried', chargedTo: key, description: CARRIED_DESCRIPTION[key], amountMinor: owed[key] }),
    ),
    ...(charges.fineMinor > 0n ? [item({ itemType: 'late_fine', chargedTo: 'late_charges', description: 'Multa por atraso', amountMinor: charges.fineMinor })] : []),
    ...(charges.interestMinor > 0n
      ? [item({ itemType: 'late_interest', chargedTo: 'late_charges', description: `Juros de mora (${charges.interestDays} dias)`, amountMinor: charges.interestMinor })]
      : []),
  ]);
  await recordEvent(db, wallet.entityUuid, walletEntryConcluded, {
    subject: { type: 'wallet_entry', id: entry!.walletEntryKey },
    data: {
      wallet_key: wallet.walletUuid,
      wallet_entry_key: entry!.walletEntryKey,
      amount_minor: balance.toString(),
      wallet_entry_type: 'revolving_credit',
      wallet_entry_status: 'concluded',
    },
  });
  const overdue = await setInvoice(db, row.invoiceKey, { status: 'overdue', carriedMinor: balance, carriedToInvoiceKey: next.invoiceKey, overdueAt: at });
  await announceInvoice(db, overdue);
  return overdue;
}

async function postLateCharges(db: DbOrTx, wallet: InvoiceWallet, invoiceKey: string, amountMinor: bigint): Promise<string> {
  const [late, revenue] = await Promise.all([
    walletAccount(db, { ...wallet, currency: CURRENCY }, 'late_charges'),
    platformAccount(db, wallet.entityUuid, 'interest_revenue', CURRENCY),
  ]);
  return post(db, {
    entityUuid: wallet.entityUuid,
    kind: 'invoice_late_charges',
    reference: { type: 'invoice', id: invoiceKey },
    description: 'Fine and interest on an overdue invoice',
    entries: [
      { account: late, amountMinor: -amountMinor },
      { account: revenue, amountMinor },
    ],
  });
}

/**
 * The benefit's remittance confirms a payroll discount (a day after the due date in this sandbox's
 * schedule): the payment settles like any other, and a `payroll_overdue` wallet entry (B.6)
 * records that the unpaid invoice was deducted from the benefit.
 */
export async function settlePayrollDiscount(db: DbOrTx, wallet: InvoiceWallet, row: InvoiceRow, options: { startedBefore?: IsoDate } = {}): Promise<InvoiceRow> {
  const [payment] = await db
    .select()
    .from(invoicePayment)
    .where(
      and(
        eq(invoicePayment.invoiceKey, row.invoiceKey),
        eq(invoicePayment.paymentType, 'payroll_discount'),
        eq(invoicePayment.status, 'processing_payment'),
        options.startedBefore ? lt(invoicePayment.paymentDate, options.startedBefore) : undefined,
      ),
    )
    .for('update');
  if (!payment) return row;
  const settled = await settlePayment(db, row, payment);
  const [entry] = await db
    .insert(walletEntry)
    .values({
      entityUuid: wallet.entityUuid,
      walletUuid: wallet.walletUuid,
      entryType: 'payroll_overdue',
      amountMinor: payment.paidMinor,
      settlementKey: settled.transactionUuid,
      description: `Fatura ${row.dueDate} descontada do benefício`,
      createdAt: now(),
    })
    .returning();
  await recordEvent(db, wallet.entityUuid, walletEntryConcluded, {
    subject: { type: 'wallet_entry', id: entry!.walletEntryKey },
    data: {
      wallet_key: wallet.walletUuid,
      wallet_entry_key: entry!.walletEntryKey,
      amount_minor: payment.paidMinor.toString(),
      wallet_entry_type: 'payroll_overdue',
      wallet_entry_status: 'concluded',
    },
  });
  return settled.invoice;
}
