import type PgBoss from 'pg-boss';
import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { charge } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { now } from '@/lib/clock';
import { chargeErrors } from './errors';
import { lockCharge } from './lock';
import { chargeExpiryQueue } from './queues';
import { moveCharge, type ChargeRow } from './record-change';

const EXPIRES: readonly string[] = ['pix', 'boleto'];

/** The reason an expiry writes on the cancel, the job's and the sandbox's alike: how the payer's page tells "expired" from "canceled". */
export const EXPIRED_UNPAID = 'expired unpaid';

function expiryReason(row: ChargeRow): string {
  return `${row.typeCharge === 'pix' ? 'Pix' : 'Boleto'} ${EXPIRED_UNPAID}`;
}

/**
 * The expiry job's work: a Pix or boleto still `issued` when its time has come is canceled, with
 * its webhook. Anything else (paid meanwhile, already canceled, not yet due because the clock was
 * moved) is left alone, so a job that runs twice does nothing the second time.
 */
export async function expireIfDue(db: DbOrTx, chargeUuid: string): Promise<ChargeRow | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(charge).where(eq(charge.chargeUuid, chargeUuid)).for('update');
    if (!row || row.status !== 'issued' || !EXPIRES.includes(row.typeCharge) || !row.expiresAt) return null;
    if (row.expiresAt.getTime() > now().getTime()) return null;
    return moveCharge(tx, row, 'canceled', { reason: expiryReason(row) });
  });
}

/** Sandbox: expire one of the caller's unpaid Pix or boleto charges now, as its expiry would. */
export async function simulateExpiry(db: DbOrTx, caller: Caller, chargeUuid: string): Promise<ChargeRow> {
  return db.transaction(async (tx) => {
    const row = await lockCharge(tx, caller, chargeUuid);
    if (!EXPIRES.includes(row.typeCharge)) throw chargeErrors.methodNotSupported(row.typeCharge);
    if (row.status !== 'issued') throw chargeErrors.invalidTransition(row.chargeUuid, 'expired', row.status);
    return moveCharge(tx, row, 'canceled', { reason: expiryReason(row) });
  });
}

export async function registerChargeExpiryWorker(boss: PgBoss, db: Db): Promise<void> {
  await boss.work<{ chargeUuid?: unknown }>(chargeExpiryQueue.name, { batchSize: 1 }, async ([job]) => {
    if (job && typeof job.data.chargeUuid === 'string') await expireIfDue(db, job.data.chargeUuid);
  });
}
