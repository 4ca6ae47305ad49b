import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { invoice, invoiceItem } from '@/db/schema';
import { todayInBrazil, type IsoDate } from '@/lib/banking-calendar';
import { now } from '@/lib/clock';
import { limitAccount } from '@/lib/credit/limit-ledger';
import { walletAccount } from '@/lib/ledger/accounts';
import { post } from '@/lib/ledger/post';
import { currentCycle } from '@/lib/payment-instruments/installment-cycles';
import { settlePurchases } from '@/lib/payment-instruments/purchases';
import { announceInvoice, type InvoiceRow } from './announce';
import { applyCredit, sumBuckets } from './buckets';
import { addInvoiceItems, linkWaitingItems } from './items';
import { itemBuckets } from './owed';
import { invoiceSlipFields } from './slip';
import { lockInvoiceWallet, type InvoiceWallet } from './wallet-context';

const CURRENCY = 'BRL';

export async function openedInvoice(db: DbOrTx, walletUuid: string): Promise<InvoiceRow | null> {
  const [row] = await db
    .select()
    .from(invoice)
    .where(and(eq(invoice.walletUuid, walletUuid), eq(invoice.status, 'opened')))
    .for('update');
  return row ?? null;
}

/** Opens the invoice of the cycle with these dates and gives it the items already waiting for it. */
export async function openInvoice(db: DbOrTx, wallet: InvoiceWallet, cycle: { closingDate: IsoDate; dueDate: IsoDate }): Promise<InvoiceRow> {
  const at = now();
  const [opened] = await db
    .insert(invoice)
    .values({ entityUuid: wallet.entityUuid, walletUuid: wallet.walletUuid, closingDate: cycle.closingDate, dueDate: cycle.dueDate, createdAt: at, updatedAt: at })
    .returning();
  await linkWaitingItems(db, opened!);
  return opened!;
}

/** A credit wallet that just turned active opens its first invoice: the cycle today falls in. */
export async function openFirstInvoice(db: DbOrTx, walletUuid: string): Promise<InvoiceRow> {
  const owner = await lockInvoiceWallet(db, walletUuid);
  if (!owner) throw new Error(`no credit wallet ${walletUuid}`);
  return ensureOpenedInvoice(db, owner, todayInBrazil(now()));
}

/** The wallet's opened invoice, opening the cycle `today` falls in when it has none. */
export async function ensureOpenedInvoice(db: DbOrTx, wallet: InvoiceWallet, today: IsoDate): Promise<InvoiceRow> {
  return (await openedInvoice(db, wallet.walletUuid)) ?? openInvoice(db, wallet, currentCycle(wallet.config, today));
}

async function setInvoice(db: DbOrTx, key: string, set: Partial<typeof invoice.$inferInsert>): Promise<InvoiceRow> {
  const [row] = await db
    .update(invoice)
    .set({ ...set, updatedAt: now() })
    .where(eq(invoice.invoiceKey, key))
    .returning();
  return row!;
}

/**
 * Closes an opened invoice (locked): `processing_closing`, then `closed` with its total and what it
 * owes per account, its bank slip issued; with nothing to pay it is `paid` at once and has no slip.
 * A credit (refunds beyond purchases) first pays the late charges and withdrawals it bills, moving
 * it in the ledger from the card limit; what is left of it goes to the next invoice as a negative
 * item. The next cycle opens in the same transaction, so the wallet always has an opened invoice.
 */
export async function closeInvoice(db: DbOrTx, wallet: InvoiceWallet, opened: InvoiceRow): Promise<{ closed: InvoiceRow; next: InvoiceRow }> {
  const items = await itemBuckets(db, opened.invoiceKey);
  const total = sumBuckets(items);
  await announceInvoice(db, await setInvoice(db, opened.invoiceKey, { status: 'processing_closing', totalMinor: total }));

  const { owed, applied, credit } = applyCredit(items);
  const owedMinor = sumBuckets(owed);
  if (owedMinor === 0n) await concludeItems(db, opened.invoiceKey);
  if (applied.late_charges + applied.payroll_withdraw_limit > 0n) await postCreditApplied(db, wallet, opened.invoiceKey, applied.late_charges, applied.payroll_withdraw_limit);
  const due = { dueLateChargesMinor: owed.late_charges, duePostpaidMinor: owed.postpaid_credit_limit, duePayrollWithdrawMinor: owed.payroll_withdraw_limit };
  const at = now();
  let closed = await setInvoice(db, opened.invoiceKey, {
    status: 'closed',
    closedAt: at,
    ...due,
    ...(owedMinor > 0n ? await invoiceSlipFields(db, { entityUuid: wallet.entityUuid, dueDate: opened.dueDate, amountMinor: owedMinor }) : {}),
  });
  await announceInvoice(db, closed);
  if (owedMinor === 0n) {
    closed = await setInvoice(db, opened.invoiceKey, { status: 'paid', paidAt: at });
    await announceInvoice(db, closed);
  }

  const next = await openInvoice(db, wallet, currentCycle(wallet.config, opened.closingDate));
  if (credit < 0n) {
    await addInvoiceItems(db, wallet.walletUuid, [
      {
        entityUuid: wallet.entityUuid,
        walletUuid: wallet.walletUuid,
        itemType: 'balance_carried',
        chargedTo: 'postpaid_credit_limit',
        sourceInvoiceKey: opened.invoiceKey,
        installmentNumber: 1,
        installmentCount: 1,
        description: 'Saldo credor da fatura anterior',
        amountMinor: credit,
        closingDate: next.closingDate,
        dueDate: next.dueDate,
        createdAt: at,
      },
    ]);
  }
  return { closed, next };
}

/**
 * The items of an invoice paid (or carried into revolving credit) are done: they no longer hold
 * any limit, and each card gets back what its purchase installments held of its own. Call it
 * before posting to the wallet's limit accounts: a purchase locks its card, then the ledger, and
 * this keeps that order.
 */
export async function concludeItems(db: DbOrTx, invoiceKey: string): Promise<void> {
  const concluded = await db
    .update(invoiceItem)
    .set({ status: 'concluded' })
    .where(and(eq(invoiceItem.invoiceKey, invoiceKey), eq(invoiceItem.status, 'active')))
    .returning({ entryKey: invoiceItem.paymentInstrumentEntryKey, itemType: invoiceItem.itemType, amountMinor: invoiceItem.amountMinor });
  const settled = new Map<string, bigint>();
  for (const item of concluded) {
    if (item.itemType === 'purchase' && item.entryKey) settled.set(item.entryKey, (settled.get(item.entryKey) ?? 0n) + item.amountMinor);
  }
  await settlePurchases(db, settled);
}

export { setInvoice };

async function postCreditApplied(db: DbOrTx, wallet: InvoiceWallet, invoiceKey: string, lateMinor: bigint, payrollMinor: bigint): Promise<void> {
  const [card, late, payroll] = await Promise.all([
    limitAccount(db, wallet, 'postpaid_credit_limit'),
    walletAccount(db, { ...wallet, currency: CURRENCY }, 'late_charges'),
    limitAccount(db, wallet, 'payroll_withdraw_limit'),
  ]);
  await post(db, {
    entityUuid: wallet.entityUuid,
    kind: 'invoice_credit_applied',
    reference: { type: 'invoice', id: invoiceKey },
    description: 'A credit on the card limit pays what else the invoice bills',
    entries: [
      { account: card, amountMinor: -(lateMinor + payrollMinor) },
      { account: late, amountMinor: lateMinor },
      { account: payroll, amountMinor: payrollMinor },
    ],
  });
}
