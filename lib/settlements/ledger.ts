import { and, eq, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { chargeRefund, ledgerAccount, ledgerEntry, ledgerTransaction, type charge } from '@/db/schema';
import { walletAccount } from '@/lib/ledger/accounts';
import { post } from '@/lib/ledger/post';

type ChargeRow = typeof charge.$inferSelect;

/** The ledger kind of the movement `pending` → `available`; one per charge (its reference). */
export const SETTLEMENT_KIND = 'settlement';

/**
 * What the wallet's `pending` holds for a charge, read from the ledger itself: the capture (or
 * boleto payment) in, minus each refund's net part taken out before settlement (and any dispute
 * hold). The settlement moves exactly this, so `pending` keeps nothing of a settled charge.
 */
export async function pendingHeldFor(db: DbOrTx, row: ChargeRow): Promise<bigint> {
  const refunds = sql`(select ${chargeRefund.refundUuid}::text from ${chargeRefund} where ${chargeRefund.chargeUuid} = ${row.chargeUuid})`;
  const [held] = await db
    .select({ minor: sql<string>`coalesce(sum(${ledgerEntry.amountMinor}), 0)::text` })
    .from(ledgerEntry)
    .innerJoin(ledgerTransaction, eq(ledgerTransaction.transactionUuid, ledgerEntry.transactionUuid))
    .innerJoin(ledgerAccount, eq(ledgerAccount.id, ledgerEntry.accountId))
    .where(
      and(
        eq(ledgerAccount.walletUuid, row.walletUuid),
        eq(ledgerAccount.code, 'pending'),
        eq(ledgerTransaction.entityUuid, row.entityUuid),
        or(
          and(eq(ledgerTransaction.referenceType, 'charge'), eq(ledgerTransaction.referenceId, row.chargeUuid)),
          and(eq(ledgerTransaction.referenceType, 'charge_refund'), sql`${ledgerTransaction.referenceId} in ${refunds}`),
        ),
      ),
    );
  return BigInt(held?.minor ?? '0');
}

/** Moves a charge's net from the wallet's `pending` to its `available` (nothing to post for a zero net). */
export async function postSettlement(db: DbOrTx, row: ChargeRow, netMinor: bigint): Promise<void> {
  if (netMinor === 0n) return;
  const wallet = { walletUuid: row.walletUuid, entityUuid: row.entityUuid, currency: row.currency };
  const [pending, available] = await Promise.all([walletAccount(db, wallet, 'pending'), walletAccount(db, wallet, 'available')]);
  await post(db, {
    entityUuid: row.entityUuid,
    kind: SETTLEMENT_KIND,
    reference: { type: 'charge', id: row.chargeUuid },
    description: `Settlement of charge ${row.chargeUuid}`,
    entries: [
      { account: pending, amountMinor: -netMinor },
      { account: available, amountMinor: netMinor },
    ],
  });
}
