import type { DbOrTx } from '@/db/client';
import type { Caller } from '@/lib/auth/caller';
import type { Acquirer } from './acquirer/acquirer';
import { defaultAcquirer } from './authorize';
import { networkOf } from './card-network';
import { chargeErrors } from './errors';
import { lockCharge } from './lock';
import { moveCharge, type ChargeRow } from './record-change';
import { CANCELABLE, CAPTURED } from './transitions';

/**
 * Cancels a charge before capture: an unpaid `issued` one (a Pix or boleto then takes no payment),
 * a card waiting for 3DS, or a pre-authorization (voided at the acquirer, so the cardholder's hold
 * is released). No money had moved, so none moves. A captured card charge or a paid Pix or boleto
 * answers CANCEL_NOT_ALLOWED: refund it instead.
 */
export async function cancelCharge(
  db: DbOrTx,
  caller: Caller,
  input: { chargeUuid: string; walletUuid: string; reason?: string },
  acquirer: Acquirer = defaultAcquirer(),
): Promise<ChargeRow> {
  return db.transaction(async (tx) => {
    const row = await lockCharge(tx, caller, input.chargeUuid, input.walletUuid);
    // A Pix or boleto is canceled only while unpaid: a boleto `pending` is paid and settling.
    const paidAlready = (row.typeCharge === 'pix' || row.typeCharge === 'boleto') && row.status !== 'issued';
    if (CAPTURED.includes(row.status) || paidAlready) throw chargeErrors.cancelNotAllowed(row.chargeUuid, row.status);
    if (!CANCELABLE.includes(row.status)) throw chargeErrors.invalidTransition(row.chargeUuid, 'canceled', row.status);
    if (row.acquirerReference) {
      const voided = await networkOf(tx, row, acquirer).void({ acquirerReference: row.acquirerReference });
      if (!voided.ok) throw chargeErrors.acquirerRefused(row.chargeUuid, voided.code, voided.message);
    }
    return moveCharge(tx, row, 'canceled', { reason: input.reason || 'Canceled by the merchant' });
  });
}
