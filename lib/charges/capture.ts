import type { DbOrTx } from '@/db/client';
import type { Caller } from '@/lib/auth/caller';
import { currencyDigits } from '@/lib/money/currency';
import { formatMinor } from '@/lib/money/decimal';
import type { Acquirer } from './acquirer/acquirer';
import { defaultAcquirer } from './authorize';
import { networkOf } from './card-network';
import { amountIn } from './create';
import { chargeErrors } from './errors';
import { feeFor } from './fees';
import { postIncoming } from './postings';
import { pricingFor } from './pricing';
import { moveCharge, type ChargeRow } from './record-change';
import { lockCharge } from './lock';

/**
 * Captures a pre-authorized charge (`pre_captured`), in full or in part: the amount captured
 * becomes the charge's and moves into the wallet's `pending` balance; the rest of the
 * authorization is released. A charge captures once.
 */
export async function captureCharge(
  db: DbOrTx,
  caller: Caller,
  input: { chargeUuid: string; walletUuid: string; amount?: string },
  acquirer: Acquirer = defaultAcquirer(),
): Promise<ChargeRow> {
  return db.transaction(async (tx) => {
    const row = await lockCharge(tx, caller, input.chargeUuid, input.walletUuid);
    if (row.status !== 'pre_captured') throw chargeErrors.invalidTransition(row.chargeUuid, 'captured', row.status);
    const digits = currencyDigits(row.currency);
    const amount = input.amount === undefined ? row.authorizedMinor : amountIn(input.amount, digits, 'amount');
    if (amount > row.authorizedMinor) throw chargeErrors.captureExceeds(row.chargeUuid, formatMinor(row.authorizedMinor, digits));
    const captured = await networkOf(tx, row, acquirer).capture({ acquirerReference: row.acquirerReference ?? '', amountMinor: amount });
    if (!captured.ok) throw chargeErrors.acquirerRefused(row.chargeUuid, captured.code, captured.message);
    const fee = feeFor(await pricingFor(tx, row.merchantUuid, row.typeCharge), amount);
    const partial = amount < row.authorizedMinor;
    const confirmed = await moveCharge(tx, row, 'confirmed', {
      reason: partial ? `Partial capture; ${formatMinor(row.authorizedMinor - amount, digits)} released` : 'Captured',
      amountMinor: amount,
      set: { capturedMinor: amount, feeMinor: fee },
    });
    await postIncoming(tx, confirmed, 'card_capture', amount, fee);
    return confirmed;
  });
}
