import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { payout, payoutStatusChange, type PayoutStatus } from '@/db/schema';
import { now } from '@/lib/clock';
import { deliverToCallback } from '@/lib/webhooks/callbacks';
import { recordEvent } from '@/lib/webhooks/outbox';
import { payoutStatusChanged } from './events';
import { payoutErrors } from './errors';
import { postPayoutRealized, postPayoutReleased, postPayoutReturned } from './postings';
import { canMovePayout } from './transitions';

export type PayoutRow = typeof payout.$inferSelect;
type PayoutUpdate = Partial<Pick<typeof payout.$inferInsert, 'externalId' | 'authorizationCode' | 'message' | 'submittedAt' | 'confirmedAt'>>;

/**
 * Moves a payout (locked by the caller) to `to`: its money moves with it (DESIGN §2.1), and the
 * timeline row and the webhook event (to subscribed endpoints and to its own `webhook_url`) are
 * written in the same transaction.
 */
export async function movePayout(db: DbOrTx, row: PayoutRow, to: PayoutStatus, change: { reason?: string | null; set?: PayoutUpdate } = {}): Promise<PayoutRow> {
  if (!canMovePayout(row.status, to)) throw payoutErrors.invalidTransition(row.status, to);
  if (to === 'realized') await postPayoutRealized(db, row);
  else if (to === 'returned') await postPayoutReturned(db, row);
  else if (to === 'error' || to === 'canceled' || to === 'expired') await postPayoutReleased(db, row);
  const at = now();
  const [updated] = await db
    .update(payout)
    .set({ ...change.set, status: to, updatedAt: at })
    .where(eq(payout.payoutUuid, row.payoutUuid))
    .returning();
  await recordPayoutStep(db, updated!, row.status, change.reason ?? null);
  return updated!;
}

/** The timeline row and the webhook of a payout reaching its current status (also its creation, from null). */
export async function recordPayoutStep(db: DbOrTx, row: PayoutRow, from: PayoutStatus | null, reason: string | null): Promise<void> {
  await db.insert(payoutStatusChange).values({ payoutUuid: row.payoutUuid, entityUuid: row.entityUuid, fromStatus: from, toStatus: row.status, reason, occurredAt: row.updatedAt });
  const event = await recordEvent(db, row.entityUuid, payoutStatusChanged, {
    subject: { type: 'payout', id: row.payoutUuid },
    data: {
      payout_uuid: row.payoutUuid,
      wallet_uuid: row.walletUuid,
      status: row.status,
      transaction_reference: row.transactionReference,
      external_id: row.externalId,
      type_payout: row.typePayout,
      authorization_code: row.authorizationCode,
      amount_minor: row.amountMinor.toString(),
      fee_minor: row.feeMinor.toString(),
      currency: row.currency,
      reason,
    },
  });
  if (row.webhookUrl) await deliverToCallback(db, { entityUuid: row.entityUuid, url: row.webhookUrl, definition: payoutStatusChanged, event });
}

/** The payout, locked: its own lock serializes its moves (a rail's answer against a sandbox call). */
export async function lockPayout(db: DbOrTx, payoutUuid: string): Promise<PayoutRow> {
  const [row] = await db.select().from(payout).where(eq(payout.payoutUuid, payoutUuid)).for('update');
  if (!row) throw payoutErrors.notFound();
  return row;
}
