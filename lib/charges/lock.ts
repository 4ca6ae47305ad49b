import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { charge } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { chargeErrors } from './errors';
import type { ChargeRow } from './record-change';

/**
 * The caller's charge, row-locked for the rest of the transaction: captures, cancels, refunds and
 * disputes on one charge queue here one after another, each reading what the previous one left.
 * A foreign, missing or other wallet's charge is 404.
 */
export async function lockCharge(tx: DbOrTx, caller: Caller, chargeUuid: string, walletUuid?: string): Promise<ChargeRow> {
  const [row] = await tx
    .select()
    .from(charge)
    .where(and(ownedBy(charge, caller), eq(charge.chargeUuid, chargeUuid), walletUuid ? eq(charge.walletUuid, walletUuid) : undefined))
    .for('update');
  if (!row) throw chargeErrors.notFound();
  return row;
}

/** Any charge by id, row-locked: for the public pay and 3DS doors, where the payer holds only the charge's id. */
export async function lockPublicCharge(tx: DbOrTx, chargeUuid: string): Promise<ChargeRow> {
  const [row] = await tx.select().from(charge).where(eq(charge.chargeUuid, chargeUuid)).for('update');
  if (!row) throw chargeErrors.notFound();
  return row;
}
