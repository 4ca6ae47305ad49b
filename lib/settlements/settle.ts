import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { charge, settlement, settlementLine } from '@/db/schema';
import { todayInBrazil } from '@/lib/banking-calendar';
import { pricingFor } from '@/lib/charges/pricing';
import { moveCharge, type ChargeRow } from '@/lib/charges/record-change';
import { isDue } from './delay';
import { awaitingSettlement, capturedAtOf, settlementDelayOf } from './due';
import { splitFee } from './fees';
import { pendingHeldFor, postSettlement } from './ledger';

export type SettleOutcome = 'settled' | 'not_due' | 'not_awaiting';

/**
 * Settles one charge at `at`, in its own transaction under the charge's row lock (so a refund or
 * dispute racing it either ran before, and is counted, or waits and then finds the charge `paid`):
 * re-checks that it still awaits settlement and is due, moves what `pending` holds for it to
 * `available`, adds its line to the wallet's settlement of the day (totals updated in the same
 * transaction, so they always tie to the ledger) and moves it to `paid` (the `charge.paid` webhook).
 */
export async function settleCharge(db: Db, chargeUuid: string, at: Date, options: { ignoreDelay?: boolean } = {}): Promise<SettleOutcome> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(charge).where(sql`${eq(charge.chargeUuid, chargeUuid)} and ${awaitingSettlement}`).for('update');
    if (!row) return 'not_awaiting';
    const captured = await capturedAtOf(tx, row.chargeUuid);
    if (!captured) return 'not_due';
    if (!options.ignoreDelay && !isDue(captured, await settlementDelayOf(tx, row.merchantUuid, row.typeCharge), at)) return 'not_due';

    const amounts = await lineAmounts(tx, row);
    await postSettlement(tx, row, amounts.netMinor);
    const settlementUuid = await addToDailySettlement(tx, row, amounts, at);
    await tx.insert(settlementLine).values({
      settlementUuid,
      entityUuid: row.entityUuid,
      walletUuid: row.walletUuid,
      chargeUuid: row.chargeUuid,
      typeCharge: row.typeCharge,
      ...amounts,
      capturedAt: captured,
      settledAt: at,
    });
    await moveCharge(tx, row, 'paid', { reason: 'Settled', amountMinor: amounts.netMinor });
    return 'settled';
  });
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

interface LineAmounts {
  grossMinor: bigint;
  mdrMinor: bigint;
  processingFeeMinor: bigint;
  totalFeesMinor: bigint;
  refundedNetMinor: bigint;
  netMinor: bigint;
}

/**
 * A.8's figures of a charge. The gross is what came in (a card's capture, what the boleto's payer
 * paid), the fees what was kept of it at capture, the refunded net what refunds took out of
 * `pending` since. The net must be what the ledger holds in `pending` for the charge: a mismatch
 * is a bug, and the charge is left unsettled (the run logs it) rather than moving a wrong amount.
 */
async function lineAmounts(tx: Tx, row: ChargeRow): Promise<LineAmounts> {
  const grossMinor = row.typeCharge === 'boleto' ? row.paidMinor : row.capturedMinor;
  const refundedNetMinor = row.refundedMinor - row.feeReturnedMinor;
  const netMinor = grossMinor - row.feeMinor - refundedNetMinor;
  const held = await pendingHeldFor(tx, row);
  if (held !== netMinor) throw new Error(`charge ${row.chargeUuid}: pending holds ${held}, the charge says ${netMinor}`);
  const { mdrMinor, processingFeeMinor } = splitFee(row.feeMinor, (await pricingFor(tx, row.merchantUuid, row.typeCharge)).fixedMinor);
  return { grossMinor, mdrMinor, processingFeeMinor, totalFeesMinor: row.feeMinor, refundedNetMinor, netMinor };
}

/** The wallet's settlement of the day (America/Sao_Paulo) in the charge's currency, created or added to; its id. */
async function addToDailySettlement(tx: Tx, row: ChargeRow, amounts: LineAmounts, at: Date): Promise<string> {
  const [day] = await tx
    .insert(settlement)
    .values({
      entityUuid: row.entityUuid,
      walletUuid: row.walletUuid,
      settlementDate: todayInBrazil(at),
      currency: row.currency,
      grossMinor: amounts.grossMinor,
      feesMinor: amounts.totalFeesMinor,
      refundedNetMinor: amounts.refundedNetMinor,
      netMinor: amounts.netMinor,
      lineCount: 1,
      createdAt: at,
      updatedAt: at,
    })
    .onConflictDoUpdate({
      target: [settlement.walletUuid, settlement.settlementDate, settlement.currency],
      set: {
        grossMinor: sql`${settlement.grossMinor} + excluded.gross_minor`,
        feesMinor: sql`${settlement.feesMinor} + excluded.fees_minor`,
        refundedNetMinor: sql`${settlement.refundedNetMinor} + excluded.refunded_net_minor`,
        netMinor: sql`${settlement.netMinor} + excluded.net_minor`,
        lineCount: sql`${settlement.lineCount} + 1`,
        updatedAt: sql`greatest(${settlement.updatedAt}, excluded.updated_at)`,
      },
    })
    .returning({ settlementUuid: settlement.settlementUuid });
  return day!.settlementUuid;
}
