import type { Db } from '@/db/client';
import { now } from '@/lib/clock';
import { logger } from '@/lib/logger';
import { isDue } from './delay';
import { settlementCandidates, settlementDelays } from './due';
import { settleCharge } from './settle';

/**
 * The settlement run (the `settlement` schedule): every charge whose delay is due at `at` settles
 * in its own transaction, so one charge's failure (logged, retried by the next run) stops no
 * other. A charge settles once (its line is unique, and it leaves the statuses that await
 * settlement), so a second run at the same time changes nothing. `entityUuid` narrows the run to
 * one account (tests on a shared database, an operator's replay for one merchant).
 */
export async function settleDueCharges(db: Db, at: Date = now(), options: { entityUuid?: string } = {}): Promise<{ due: number; settled: number; failed: number }> {
  const candidates = await settlementCandidates(db, at, options.entityUuid);
  const delayOf = await settlementDelays(
    db,
    candidates.map((candidate) => candidate.merchantUuid),
  );
  const due = candidates.filter((candidate) => isDue(candidate.capturedAt, delayOf(candidate.merchantUuid, candidate.typeCharge), at));
  let settled = 0;
  let failed = 0;
  for (const candidate of due) {
    try {
      if ((await settleCharge(db, candidate.chargeUuid, at)) === 'settled') settled += 1;
    } catch (error) {
      failed += 1;
      logger.error({ err: error, chargeUuid: candidate.chargeUuid }, 'settlement failed for a charge');
    }
  }
  return { due: due.length, settled, failed };
}
