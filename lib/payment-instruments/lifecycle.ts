import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { paymentInstrument } from '@/db/schema';
import { isCheckViolation } from '@/db/unique-violation';
import type { Caller } from '@/lib/auth/caller';
import { recordAudit } from '@/lib/audit/record';
import { now } from '@/lib/clock';
import { creditErrors } from '@/lib/credit/errors';
import { instrumentErrors } from './errors';
import { lockActiveWallet, postpaidLimitOf } from './issue';
import { findInstrument, type InstrumentRow } from './queries';

/**
 * Reference B.5: a card's new limit, on an active card (CIN000081) of an active wallet, no higher
 * than the wallet's postpaid credit limit (CIN000074) and no lower than its open purchases hold
 * (CIN000110). The card row is locked, so a purchase racing the change sees one limit or the
 * other; the table's CHECK backs the rule.
 */
export async function changeInstrumentLimit(db: Db, caller: Caller, input: { walletKey: string; key: string; limitMinor: bigint }): Promise<InstrumentRow> {
  return db.transaction(async (tx) => {
    const current = await findInstrument(tx, caller, input.walletKey, input.key, true);
    if (current.status !== 'active') throw instrumentErrors.notActive(current.status);
    await lockActiveWallet(tx, current.walletUuid);
    if (input.limitMinor > (await postpaidLimitOf(tx, current.walletUuid))) throw instrumentErrors.aboveWalletLimit();
    if (input.limitMinor < current.usedLimitMinor) throw creditErrors.limitBelowUsed();
    const [updated] = await tx
      .update(paymentInstrument)
      .set({ limitAmountMinor: input.limitMinor, updatedAt: now() })
      .where(eq(paymentInstrument.paymentInstrumentKey, current.paymentInstrumentKey))
      .returning()
      .catch((error: unknown) => {
        if (isCheckViolation(error, 'payment_instrument_used_within_limit')) throw creditErrors.limitBelowUsed();
        throw error;
      });
    await recordAudit(tx, caller, {
      action: 'payment_instrument.limit_changed',
      subjectType: 'payment_instrument',
      subjectId: current.paymentInstrumentKey,
      data: { previous_limit_amount_minor: current.limitAmountMinor.toString(), limit_amount_minor: input.limitMinor.toString() },
    });
    return updated!;
  });
}

/**
 * Reference B.5: cancels a card for good. It declines every later purchase; a purchase it
 * authorized before still captures or is released as usual, so no hold is stranded.
 */
export async function cancelInstrument(db: Db, caller: Caller, input: { walletKey: string; key: string }): Promise<InstrumentRow> {
  return db.transaction(async (tx) => {
    const current = await findInstrument(tx, caller, input.walletKey, input.key, true);
    if (current.status !== 'active') throw instrumentErrors.notActive(current.status);
    const at = now();
    const [canceled] = await tx
      .update(paymentInstrument)
      .set({ status: 'canceled', canceledAt: at, updatedAt: at })
      .where(eq(paymentInstrument.paymentInstrumentKey, current.paymentInstrumentKey))
      .returning();
    await recordAudit(tx, caller, {
      action: 'payment_instrument.canceled',
      subjectType: 'payment_instrument',
      subjectId: current.paymentInstrumentKey,
      data: { last_four: current.cardLastFour },
    });
    return canceled!;
  });
}
