import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { charge } from '@/db/schema';
import { formatMinor } from '@/lib/money/decimal';
import { chargeErrors } from './errors';
import { feeFor } from './fees';
import { takeLinkPayment } from './link-slot';
import { postIncoming } from './postings';
import { pricingFor } from './pricing';
import { moveCharge, type ChargeRow } from './record-change';

/**
 * A payment a provider reports for a Pix or a boleto: the interface a real PSP's notification
 * (its webhook) is translated into, and what the sandbox's "pay" simulation sends. Pix payments
 * are found by the BR Code's txid, boletos by their barcode.
 */
export type PaymentNotification =
  | { method: 'pix'; txid: string; amountMinor: bigint; paidAt: Date; providerReference: string }
  | { method: 'boleto'; barcode: string; amountMinor: bigint; paidAt: Date; providerReference: string };

/**
 * Records a reported payment on its charge, moving the money in the same transaction.
 * - Pix (reference A.3: issued → paid): the exact amount only (the BR Code fixes it); the money is
 *   in the wallet's `available` balance at once (DESIGN §2.1: Pix clearing → available).
 * - Boleto (issued → pending; settlement later makes it `paid`): banks accept a slip paid short or
 *   over, so whatever was paid is credited to the wallet's `pending` balance. Paid short, the charge
 *   captures what came; paid over, it captures its amount and the excess is credited beside it
 *   (`paid_amount` shows it). The fee is on what the charge captured.
 * A charge no longer `issued` (paid, canceled, expired) refuses the payment: a real adapter would
 * return it to the payer.
 */
export async function receivePayment(db: DbOrTx, notification: PaymentNotification): Promise<ChargeRow> {
  return db.transaction(async (tx) => {
    const row = await lockByReference(tx, notification);
    if (row.status !== 'issued') throw chargeErrors.invalidTransition(row.chargeUuid, 'paid', row.status);
    if (row.expiresAt && row.expiresAt.getTime() <= notification.paidAt.getTime()) throw chargeErrors.expired(row.chargeUuid);
    if (notification.amountMinor <= 0n) throw chargeErrors.amountInvalid('A payment is greater than zero', row.chargeUuid);
    const pricing = await pricingFor(tx, row.merchantUuid, row.typeCharge);
    if (notification.method === 'pix' && notification.amountMinor !== row.amountMinor) {
      throw chargeErrors.paymentAmountMismatch(row.chargeUuid, formatMinor(row.amountMinor, 2));
    }
    await takeLinkPayment(tx, row);

    if (notification.method === 'pix') {
      const fee = feeFor(pricing, row.amountMinor);
      const paid = await moveCharge(tx, row, 'paid', {
        reason: `Pix received (${notification.providerReference})`,
        amountMinor: row.amountMinor,
        set: { authorizedMinor: row.amountMinor, capturedMinor: row.amountMinor, paidMinor: row.amountMinor, feeMinor: fee, paidAt: notification.paidAt, acquirerReference: notification.providerReference },
      });
      await postIncoming(tx, paid, 'pix_payment', row.amountMinor, fee);
      return paid;
    }

    const captured = notification.amountMinor < row.amountMinor ? notification.amountMinor : row.amountMinor;
    const fee = feeFor(pricing, captured);
    const difference = notification.amountMinor - row.amountMinor;
    const reason =
      difference < 0n ? `Boleto paid short: ${formatMinor(notification.amountMinor, 2)} of ${formatMinor(row.amountMinor, 2)}` : difference > 0n ? `Boleto paid over by ${formatMinor(difference, 2)}` : 'Boleto paid';
    const pending = await moveCharge(tx, row, 'pending', {
      reason,
      amountMinor: notification.amountMinor,
      set: { authorizedMinor: captured, capturedMinor: captured, paidMinor: notification.amountMinor, feeMinor: fee, paidAt: notification.paidAt, acquirerReference: notification.providerReference },
    });
    await postIncoming(tx, pending, 'boleto_payment', notification.amountMinor, fee);
    return pending;
  });
}

async function lockByReference(tx: DbOrTx, notification: PaymentNotification): Promise<ChargeRow> {
  const where =
    notification.method === 'pix'
      ? and(eq(charge.typeCharge, 'pix'), eq(charge.pixTxid, notification.txid))
      : and(eq(charge.typeCharge, 'boleto'), eq(charge.boletoBarcode, notification.barcode));
  const [row] = await tx.select().from(charge).where(where).for('update');
  if (!row) throw chargeErrors.notFound();
  return row;
}
