import type { DbOrTx } from '@/db/client';
import type { Caller } from '@/lib/auth/caller';
import { PLATFORM_ISSUER } from '@/lib/payment-instruments/issuer';
import { chargeErrors } from './errors';
import { lockCharge } from './lock';
import { fundsOf, postDisputeLost, postDisputeOpened, postDisputeWon, type DisputedAmounts } from './postings';
import { moveCharge, type ChargeRow } from './record-change';
import { refundableMinor } from './refund';
import { DISPUTABLE } from './transitions';

export type DisputeAction = 'open' | 'lose' | 'win';

/**
 * Sandbox simulation of a cardholder dispute, moving money as a real one does: opening it holds
 * what the charge still has (captured less refunds) out of the wallet, losing it returns that to
 * the cardholder, winning it gives it back to the wallet.
 */
export async function simulateDispute(db: DbOrTx, caller: Caller, input: { chargeUuid: string; action: DisputeAction; reason?: string }): Promise<ChargeRow> {
  return db.transaction(async (tx) => {
    const row = await lockCharge(tx, caller, input.chargeUuid);
    const reason = input.reason || 'fraud';
    if (input.action === 'open') {
      if (!DISPUTABLE.includes(row.status)) throw chargeErrors.invalidTransition(row.chargeUuid, 'disputed', row.status);
      if (row.acquirer === PLATFORM_ISSUER) throw chargeErrors.disputeOnUs(row.chargeUuid);
      const amounts = disputedAmounts(row, refundableMinor(row));
      const from = await fundsOf(tx, row);
      const disputed = await moveCharge(tx, row, 'chargeback_requested', { reason, amountMinor: amounts.grossMinor, set: { disputedMinor: amounts.grossMinor } });
      await postDisputeOpened(tx, disputed, amounts, from);
      return disputed;
    }
    if (row.status !== 'chargeback_requested') throw chargeErrors.invalidTransition(row.chargeUuid, 'decided', row.status);
    const amounts = disputedAmounts(row, row.disputedMinor, row.refundedMinor);
    if (input.action === 'lose') {
      const lost = await moveCharge(tx, row, 'chargeback', { reason, amountMinor: amounts.grossMinor });
      await postDisputeLost(tx, lost, amounts);
      return lost;
    }
    const to = await fundsOf(tx, row);
    const won = await moveCharge(tx, row, 'chargeback_reversed', { reason, amountMinor: amounts.grossMinor, set: { disputedMinor: 0n } });
    await postDisputeWon(tx, won, amounts, to);
    return won;
  });
}

/** The disputed gross split into the wallet's net part and the fee part still kept on it. */
function disputedAmounts(row: ChargeRow, grossMinor: bigint, refundedMinor = row.refundedMinor): DisputedAmounts {
  const feeKept = row.feeMinor - row.feeReturnedMinor;
  const unrefunded = row.capturedMinor - refundedMinor;
  // The fee still kept belongs entirely to the unrefunded part; a whole-remainder dispute takes all of it.
  const feeMinor = unrefunded === 0n ? 0n : (feeKept * grossMinor) / unrefunded;
  return { grossMinor, feeMinor, netMinor: grossMinor - feeMinor };
}

