import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { invoice } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { addDays, todayInBrazil } from '@/lib/banking-calendar';
import { now } from '@/lib/clock';
import { findCreditWallet } from '@/lib/credit/queries';
import type { InvoiceRow } from './announce';
import { closeInvoice, openedInvoice } from './cycle';
import { invoiceErrors } from './errors';
import { expireInvoice, settlePayrollDiscount } from './expiration';
import { owedMinor } from './owed';
import { receiveSlipPayment } from './payments';
import { findInvoice } from './queries';
import { lockInvoiceWallet } from './wallet-context';

/**
 * The sandbox's time machine for invoices, so an integrator sees every webhook without waiting a
 * month. Each runs the same service the daily run does, on one of the caller's wallets.
 */

/** Closes the wallet's opened invoice now, whatever its closing date; the next cycle opens. */
export async function closeInvoiceNow(db: DbOrTx, caller: Caller, walletKey: string): Promise<InvoiceRow> {
  const credit = await findCreditWallet(db, caller, walletKey);
  return db.transaction(async (tx) => {
    const owner = (await lockInvoiceWallet(tx, credit.walletKey))!;
    const opened = await openedInvoice(tx, credit.walletKey);
    if (!opened) throw invoiceErrors.nothingToSimulate('close');
    return (await closeInvoice(tx, owner, opened)).closed;
  });
}

/**
 * Makes the wallet's oldest closed invoice with a balance left overdue, as the run does the day
 * after its due date (the late charges count from its due date whenever this is called). A payroll
 * wallet's discount from the benefit is settled at once.
 */
export async function makeInvoiceOverdueNow(db: DbOrTx, caller: Caller, walletKey: string): Promise<InvoiceRow> {
  const credit = await findCreditWallet(db, caller, walletKey);
  return db.transaction(async (tx) => {
    const owner = (await lockInvoiceWallet(tx, credit.walletKey))!;
    const closed = await tx
      .select()
      .from(invoice)
      .where(and(eq(invoice.walletUuid, credit.walletKey), eq(invoice.status, 'closed')))
      .orderBy(asc(invoice.closingDate))
      .for('update');
    const row = closed.find((candidate) => owedMinor(candidate) > 0n);
    if (!row) throw invoiceErrors.nothingToSimulate('overdue');
    const today = todayInBrazil(now());
    const expired = await expireInvoice(tx, owner, row, today > row.dueDate ? today : addDays(row.dueDate, 1));
    return expired.status === 'processing_payment' ? settlePayrollDiscount(tx, owner, expired) : expired;
  });
}

/** The owner pays the invoice's bank slip at the bank: in full, or `amountMinor` of it. */
export async function payInvoiceSlip(db: DbOrTx, caller: Caller, walletKey: string, invoiceKey: string, amountMinor?: bigint): Promise<InvoiceRow> {
  const found = await findInvoice(db, caller, walletKey, invoiceKey);
  if (!found.bankSlipBarcode) throw invoiceErrors.noBankSlip(invoiceKey);
  const { invoice: paid } = await receiveSlipPayment(db, {
    barcode: found.bankSlipBarcode,
    amountMinor: amountMinor ?? found.owedMinor,
    paidAt: now(),
    providerReference: `sandbox-${randomUUID().slice(0, 8)}`,
  });
  return paid;
}
