import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { charge, chargeStatusChange, type ChargeStatus } from '@/db/schema';
import { now } from '@/lib/clock';
import { currencyDigits } from '@/lib/money/currency';
import { formatMinor } from '@/lib/money/decimal';
import { deliverToCallback } from '@/lib/webhooks/callbacks';
import type { AnyEventDefinition } from '@/lib/webhooks/define-event';
import { recordEvent } from '@/lib/webhooks/outbox';
import { EVENT_FOR_STATUS, type ChargeEventData } from './events';
import { canMove } from './transitions';

export type ChargeRow = typeof charge.$inferSelect;
type ChargeUpdate = Partial<Omit<typeof charge.$inferInsert, 'chargeUuid' | 'entityUuid' | 'status'>>;

/**
 * Moves a charge (already locked by the caller) to a new status with the columns that change with
 * it, and in the same transaction writes the timeline row and the webhook event: to the account's
 * subscribed endpoints and to the charge's own `webhook_url`. A move A.4 does not allow is a bug
 * here: services check the status first and answer the caller's mistake themselves.
 */
export async function moveCharge(
  tx: DbOrTx,
  row: ChargeRow,
  to: ChargeStatus,
  change: { reason?: string | null; amountMinor?: bigint | null; set?: ChargeUpdate; event?: Partial<ChargeEventData> },
): Promise<ChargeRow> {
  if (!canMove(row.status, to)) throw new Error(`charge ${row.chargeUuid} cannot move from ${row.status} to ${to}`);
  const updated = await updateCharge(tx, row, { ...change.set, status: to });
  await tx.insert(chargeStatusChange).values({
    chargeUuid: row.chargeUuid,
    entityUuid: row.entityUuid,
    fromStatus: row.status,
    toStatus: to,
    reason: change.reason ?? null,
    amountMinor: change.amountMinor ?? null,
    occurredAt: updated.updatedAt,
  });
  const definition = EVENT_FOR_STATUS[to];
  if (definition) await announce(tx, updated, definition, change.reason ?? null, change.event);
  return updated;
}

/** A timeline line for a change that keeps the status (a partial refund). */
export async function recordStep(tx: DbOrTx, row: ChargeRow, step: { reason: string; amountMinor: bigint }): Promise<void> {
  await tx.insert(chargeStatusChange).values({
    chargeUuid: row.chargeUuid,
    entityUuid: row.entityUuid,
    fromStatus: row.status,
    toStatus: row.status,
    reason: step.reason,
    amountMinor: step.amountMinor,
    occurredAt: row.updatedAt,
  });
}

/** The first line of a charge's timeline, when it is created. */
export async function recordCreation(tx: DbOrTx, row: ChargeRow): Promise<void> {
  await tx.insert(chargeStatusChange).values({ chargeUuid: row.chargeUuid, entityUuid: row.entityUuid, fromStatus: null, toStatus: row.status, occurredAt: row.createdAt });
  const definition = EVENT_FOR_STATUS[row.status];
  if (definition) await announce(tx, row, definition, null);
}

/** Changes a charge's columns without a status change (a partial refund), stamping `updated_at`. */
export async function updateCharge(tx: DbOrTx, row: ChargeRow, set: ChargeUpdate & { status?: ChargeStatus }): Promise<ChargeRow> {
  const [updated] = await tx
    .update(charge)
    .set({ ...set, updatedAt: sql`greatest(${now().toISOString()}::timestamptz, ${charge.updatedAt})` })
    .where(eq(charge.chargeUuid, row.chargeUuid))
    .returning();
  return updated!;
}

/** Records the event and sends it to the subscribed endpoints and to the charge's own webhook_url. */
export async function announce(tx: DbOrTx, row: ChargeRow, definition: AnyEventDefinition, reason: string | null, extra: Partial<ChargeEventData> = {}): Promise<void> {
  const digits = currencyDigits(row.currency);
  const lastMessage = row.message?.[0];
  const data: ChargeEventData = {
    charge_uuid: row.chargeUuid,
    wallet_uuid: row.walletUuid,
    status: row.status,
    type_charge: row.typeCharge,
    amount: formatMinor(row.amountMinor, digits),
    currency: row.currency,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
    payment_link_uuid: row.paymentLinkUuid,
    ...(row.status === 'error' && lastMessage ? { error_code: row.responseCode ?? lastMessage.code, error_message: lastMessage.description } : {}),
    ...(row.status.startsWith('chargeback') && reason ? { chargeback_reason: reason } : {}),
    ...extra,
  };
  const event = await recordEvent(tx, row.entityUuid, definition, { subject: { type: 'charge', id: row.chargeUuid }, data });
  if (row.webhookUrl) await deliverToCallback(tx, { entityUuid: row.entityUuid, url: row.webhookUrl, definition, event });
}
