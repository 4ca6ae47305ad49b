import type { Db } from '@/db/client';
import { and, eq } from 'drizzle-orm';
import { wallet } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { now } from '@/lib/clock';
import { logger } from '@/lib/logger';
import { isDue } from './delay';
import { settlementCandidates, settlementDelays } from './due';
import { settlementErrors } from './errors';
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

/**
 * Sandbox: settles now every charge of the caller's account (or of one of its wallets) that awaits
 * settlement, without waiting for its delay, as the run would on its settlement day; the lines go
 * on today's settlements. So an integrator sees `charge.paid` and a settlement without waiting a day.
 */
export async function settleNowForSandbox(db: Db, caller: Caller, walletUuid?: string): Promise<{ settled: number; failed: number }> {
  if (walletUuid) {
    const [owned] = await db.select({ walletUuid: wallet.walletUuid }).from(wallet).where(and(ownedBy(wallet, caller), eq(wallet.walletUuid, walletUuid)));
    if (!owned) throw settlementErrors.walletNotFound();
  }
  const at = now();
  const candidates = (await settlementCandidates(db, at, caller.entityUuid)).filter((candidate) => !walletUuid || candidate.walletUuid === walletUuid);
  let settled = 0;
  let failed = 0;
  for (const candidate of candidates) {
    try {
      if ((await settleCharge(db, candidate.chargeUuid, at, { ignoreDelay: true })) === 'settled') settled += 1;
    } catch (error) {
      failed += 1;
      logger.error({ err: error, chargeUuid: candidate.chargeUuid }, 'sandbox settlement failed for a charge');
    }
  }
  return { settled, failed };
}
