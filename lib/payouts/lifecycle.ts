import { randomBytes } from 'node:crypto';
import { and, asc, eq, lte } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { payout } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { todayInBrazil } from '@/lib/banking-calendar';
import { now } from '@/lib/clock';
import { logger } from '@/lib/logger';
import { submitPayout } from './create';
import { payoutErrors } from './errors';
import { findPayout } from './queries';
import { lockPayout, movePayout, type PayoutRow } from './record-change';

/** What the rail answered for a payout it was sent: paid, refused, or paid and then sent back by the receiving bank. */
export type RailOutcome = 'realized' | 'returned' | 'error';

const RAIL_MESSAGES = {
  error: { code: 'DESTINATION_REJECTED', description: 'The receiving institution rejected the transfer' },
  returned: { code: 'RETURNED_BY_RECEIVER', description: 'The receiving institution returned the money' },
} as const;

/**
 * Records the rail's answer for an issued payout: `realized` (the money left), `error` (it never
 * did: amount and fee go back to `available`), or `returned` (it left, then came back: realized
 * first, then the amount returns, the fee kept). The provider adapter's notification and the
 * sandbox both come through here.
 */
export async function recordRailOutcome(db: DbOrTx, payoutUuid: string, outcome: RailOutcome): Promise<PayoutRow> {
  return db.transaction(async (tx) => {
    let row = await lockPayout(tx, payoutUuid);
    if (row.status === 'pending') row = await submitPayout(tx, row);
    if (outcome === 'error') return movePayout(tx, row, 'error', { reason: RAIL_MESSAGES.error.description, set: { message: [RAIL_MESSAGES.error] } });
    if (row.status === 'issued') {
      row = await movePayout(tx, row, 'realized', { reason: 'Paid by the rail', set: { confirmedAt: now(), authorizationCode: randomBytes(4).toString('hex').toUpperCase() } });
    } else if (row.status !== 'realized') {
      throw payoutErrors.invalidTransition(row.status, outcome);
    }
    if (outcome === 'returned') return movePayout(tx, row, 'returned', { reason: RAIL_MESSAGES.returned.description, set: { message: [RAIL_MESSAGES.returned] } });
    return row;
  });
}

/** Sandbox: the rail answers one of the caller's payouts now. */
export async function simulatePayoutOutcome(db: DbOrTx, caller: Caller, payoutUuid: string, outcome: RailOutcome): Promise<PayoutRow> {
  const found = await findPayout(db, caller, payoutUuid);
  return recordRailOutcome(db, found.payoutUuid, outcome);
}

/** The merchant cancels a scheduled payout before its day: the amount and fee go back to `available`. */
export async function cancelScheduledPayout(db: DbOrTx, caller: Caller, payoutUuid: string): Promise<PayoutRow> {
  const found = await findPayout(db, caller, payoutUuid);
  return db.transaction(async (tx) => movePayout(tx, await lockPayout(tx, found.payoutUuid), 'canceled', { reason: 'Canceled by the merchant' }));
}

/**
 * The daily run (`payouts-scheduled`): sends every pending payout whose `schedule_date` has come,
 * each in its own transaction (its lock taken, its status read again), so one failure stops no other.
 */
export async function submitScheduledPayouts(db: Db, at: Date = now()): Promise<{ submitted: number; failed: number }> {
  const today = todayInBrazil(at);
  const due = await db
    .select({ payoutUuid: payout.payoutUuid })
    .from(payout)
    .where(and(eq(payout.status, 'pending'), lte(payout.scheduleDate, today)))
    .orderBy(asc(payout.scheduleDate), asc(payout.createdAt));
  let submitted = 0;
  let failed = 0;
  for (const { payoutUuid } of due) {
    try {
      await db.transaction(async (tx) => {
        const row = await lockPayout(tx, payoutUuid);
        if (row.status === 'pending') await submitPayout(tx, row);
      });
      submitted += 1;
    } catch (error) {
      failed += 1;
      logger.error({ err: error, payoutUuid }, 'scheduled payout could not be sent');
    }
  }
  return { submitted, failed };
}
