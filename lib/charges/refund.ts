import type { DbOrTx } from '@/db/client';
import { chargeRefund } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { now } from '@/lib/clock';
import { currencyDigits } from '@/lib/money/currency';
import { formatMinor } from '@/lib/money/decimal';
import type { Acquirer } from './acquirer/acquirer';
import { defaultAcquirer } from './authorize';
import { networkOf } from './card-network';
import { amountIn } from './create';
import { chargeErrors } from './errors';
import { chargeRefund as refundEvent } from './events';
import { feeReturnedBy } from './fees';
import { lockCharge } from './lock';
import { postRefund } from './postings';
import { announce, moveCharge, recordStep, updateCharge, type ChargeRow } from './record-change';
import { REFUNDABLE } from './transitions';

/** What a charge can still give back: captured, less what was refunded or is lost to a dispute. */
export function refundableMinor(row: Pick<ChargeRow, 'capturedMinor' | 'refundedMinor' | 'disputedMinor'>): bigint {
  return row.capturedMinor - row.refundedMinor - row.disputedMinor;
}

/**
 * Refunds a captured charge, all that remains or a part (several partial refunds may follow each
 * other). The charge row is locked first, so racing refunds and captures see each other's effect
 * and never give back more than was captured (the table's CHECK holds it as well); the wallet
 * must still hold the money (its account's CHECK). The fee is returned in proportion.
 */
export async function refundCharge(
  db: DbOrTx,
  caller: Caller,
  input: { chargeUuid: string; walletUuid: string; amount?: string; reason?: string },
  acquirer: Acquirer = defaultAcquirer(),
): Promise<ChargeRow> {
  return db.transaction(async (tx) => {
    const row = await lockCharge(tx, caller, input.chargeUuid, input.walletUuid);
    if (!REFUNDABLE.includes(row.status)) throw chargeErrors.invalidTransition(row.chargeUuid, 'refunded', row.status);
    const digits = currencyDigits(row.currency);
    const remaining = refundableMinor(row);
    const amount = input.amount === undefined ? remaining : amountIn(input.amount, digits, 'amount');
    if (amount > remaining || amount <= 0n) throw chargeErrors.refundExceeds(row.chargeUuid, formatMinor(remaining, digits));
    const feeReturned = feeReturnedBy({
      feeMinor: row.feeMinor,
      capturedMinor: row.capturedMinor,
      refundedBeforeMinor: row.refundedMinor,
      feeReturnedBeforeMinor: row.feeReturnedMinor,
      refundMinor: amount,
    });
    const [refund] = await tx
      .insert(chargeRefund)
      .values({ chargeUuid: row.chargeUuid, entityUuid: row.entityUuid, amountMinor: amount, feeReturnedMinor: feeReturned, reason: input.reason ?? null, createdAt: now() })
      .returning();
    // Whoever authorized the card gives the money back first (the platform as issuer, issuer books
    // before merchant books); a refusal rolls the refund row back with everything else.
    const refunded = await networkOf(tx, row, acquirer).refund({ acquirerReference: row.acquirerReference ?? '', amountMinor: amount, refundUuid: refund!.refundUuid });
    if (!refunded.ok) throw chargeErrors.acquirerRefused(row.chargeUuid, refunded.code, refunded.message);
    await postRefund(tx, row, { refundUuid: refund!.refundUuid, amountMinor: amount, feeReturnedMinor: feeReturned });

    const set = { refundedMinor: row.refundedMinor + amount, feeReturnedMinor: row.feeReturnedMinor + feeReturned };
    const refundAmount = formatMinor(amount, digits);
    if (amount === remaining) {
      return moveCharge(tx, row, 'refunded', { reason: input.reason || 'Refunded', amountMinor: amount, set, event: { refund_amount: refundAmount } });
    }
    const updated = await updateCharge(tx, row, set);
    await recordStep(tx, updated, { reason: input.reason || 'Partial refund', amountMinor: amount });
    await announce(tx, updated, refundEvent, input.reason ?? null, { refund_amount: refundAmount });
    return updated;
  });
}
