import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { webhookAttempt, webhookDelivery, webhookEndpoint, webhookEvent } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Caller } from '@/lib/auth/caller';
import { assertAccountLevel } from './endpoints';
import { webhookErrors } from './errors';
import { createDelivery } from './outbox';
import type { DeliveryListQuery } from './schemas';
import type { DeliverySummaryRow } from './serialize';
import { offsetPage } from '@/lib/api/offset-page';

// Every delivery has its event and endpoint (foreign keys), so inner joins lose nothing.
const eventOfDelivery = eq(webhookEvent.eventUuid, webhookDelivery.eventUuid);
const endpointOfDelivery = eq(webhookEndpoint.endpointUuid, webhookDelivery.endpointUuid);

const summaryColumns = {
  deliveryUuid: webhookDelivery.deliveryUuid,
  eventUuid: webhookDelivery.eventUuid,
  eventType: webhookEvent.type,
  endpointUuid: webhookDelivery.endpointUuid,
  endpointUrl: webhookEndpoint.url,
  replayOf: webhookDelivery.replayOf,
  status: webhookDelivery.status,
  attemptCount: webhookDelivery.attemptCount,
  nextAttemptAt: webhookDelivery.nextAttemptAt,
  lastAttemptAt: webhookDelivery.lastAttemptAt,
  completedAt: webhookDelivery.completedAt,
  createdAt: webhookDelivery.createdAt,
};

/** Deliveries of the caller's account, newest first, with their event type and endpoint URL. */
export async function listWebhookDeliveries(db: DbOrTx, caller: Caller, query: DeliveryListQuery) {
  assertAccountLevel(caller);
  const where = and(
    eq(webhookDelivery.entityUuid, caller.entityUuid),
    query.endpoint_uuid ? eq(webhookDelivery.endpointUuid, query.endpoint_uuid) : undefined,
    query.status ? eq(webhookDelivery.status, query.status) : undefined,
    query.event_type ? eq(webhookEvent.type, query.event_type) : undefined,
  );
  const [rows, [totals]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(webhookDelivery)
      .innerJoin(webhookEvent, eventOfDelivery)
      .innerJoin(webhookEndpoint, endpointOfDelivery)
      .where(where)
      // Matches webhook_delivery_entity_created_idx read backwards.
      .orderBy(desc(webhookDelivery.createdAt), desc(webhookDelivery.deliveryUuid))
      .limit(query.limit)
      .offset((query.page - 1) * query.limit),
    db.select({ total: count() }).from(webhookDelivery).innerJoin(webhookEvent, eventOfDelivery).innerJoin(webhookEndpoint, endpointOfDelivery).where(where),
  ]);
  return offsetPage(query, totals?.total ?? 0, rows as DeliverySummaryRow[]);
}

/** One delivery with its event, the exact body sent, and every attempt oldest first. */
export async function getWebhookDelivery(db: DbOrTx, caller: Caller, deliveryUuid: string) {
  assertAccountLevel(caller);
  const [found] = await db
    .select({ summary: summaryColumns, body: webhookDelivery.body, event: webhookEvent })
    .from(webhookDelivery)
    .innerJoin(webhookEvent, eventOfDelivery)
    .innerJoin(webhookEndpoint, endpointOfDelivery)
    .where(ownDelivery(caller, deliveryUuid));
  if (!found) throw webhookErrors.deliveryNotFound();
  const attempts = await db
    .select()
    .from(webhookAttempt)
    .where(eq(webhookAttempt.deliveryUuid, deliveryUuid))
    .orderBy(asc(webhookAttempt.attemptNumber));
  return { delivery: found.summary as DeliverySummaryRow, body: found.body, event: found.event, attempts };
}

/**
 * "Send again": a new delivery of the same event and the same stored body to the same endpoint,
 * queued for an attempt now, pointing at the delivery it repeats. A disabled endpoint is refused
 * rather than queued; one disabled between this check and the attempt is caught by the worker,
 * which fails the delivery unsent.
 */
export async function redeliverWebhook(db: Db, caller: Caller, deliveryUuid: string) {
  assertAccountLevel(caller);
  const newUuid = await db.transaction(async (tx) => {
    const [original] = await tx
      .select({ delivery: webhookDelivery, endpointStatus: webhookEndpoint.status })
      .from(webhookDelivery)
      .innerJoin(webhookEndpoint, endpointOfDelivery)
      .where(ownDelivery(caller, deliveryUuid));
    if (!original) throw webhookErrors.deliveryNotFound();
    if (original.endpointStatus !== 'enabled') throw webhookErrors.endpointDisabled();
    const { delivery } = original;
    const created = await createDelivery(tx, {
      entityUuid: delivery.entityUuid,
      eventUuid: delivery.eventUuid,
      endpointUuid: delivery.endpointUuid,
      body: delivery.body,
      replayOf: delivery.deliveryUuid,
    });
    await recordAudit(tx, caller, {
      action: 'webhook_delivery.redelivered',
      subjectType: 'webhook_delivery',
      subjectId: created,
      data: { replay_of: delivery.deliveryUuid, event_uuid: delivery.eventUuid, endpoint_uuid: delivery.endpointUuid },
    });
    return created;
  });
  return (await getWebhookDelivery(db, caller, newUuid)).delivery;
}

function ownDelivery(caller: Caller, deliveryUuid: string): SQL {
  return and(eq(webhookDelivery.entityUuid, caller.entityUuid), eq(webhookDelivery.deliveryUuid, deliveryUuid))!;
}
