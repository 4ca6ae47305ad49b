import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { webhookAttempt, webhookDelivery, webhookEndpoint, webhookEvent } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { keyset, type ListPage } from '@/lib/pagination/keyset';
import { assertAccountLevel } from './endpoints';
import { webhookErrors } from './errors';
import { createDelivery } from './outbox';
import type { DeliveryListQuery } from './schemas';
import type { DeliverySummaryRow } from './serialize';

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

// Newest first on webhook_delivery_entity_created_idx (entity_uuid, created_at, delivery_uuid) read backwards.
const deliveryOrder = keyset({ createdAt: webhookDelivery.createdAt, id: webhookDelivery.deliveryUuid });

/** Deliveries of the caller's account, newest first, with their event type and endpoint URL, by page or cursor. */
export async function listWebhookDeliveries(db: DbOrTx, caller: Caller, query: DeliveryListQuery): Promise<ListPage<DeliverySummaryRow>> {
  assertAccountLevel(caller);
  const window = { cursor: query.starting_after, limit: query.limit, offset: (query.page - 1) * query.limit };
  const where = and(
    ownedBy(webhookDelivery, caller),
    query.endpoint_uuid ? eq(webhookDelivery.endpointUuid, query.endpoint_uuid) : undefined,
    query.status ? eq(webhookDelivery.status, query.status) : undefined,
    query.event_type ? eq(webhookEvent.type, query.event_type) : undefined,
  );
  const [rows, [totals]] = await Promise.all([
    db
      .select({ ...summaryColumns, ...deliveryOrder.position })
      .from(webhookDelivery)
      .innerJoin(webhookEvent, eventOfDelivery)
      .innerJoin(webhookEndpoint, endpointOfDelivery)
      .where(and(where, deliveryOrder.seek(window)))
      .orderBy(...deliveryOrder.orderBy)
      .limit(deliveryOrder.fetch(window))
      .offset(deliveryOrder.skip(window)),
    db.select({ total: count() }).from(webhookDelivery).innerJoin(webhookEvent, eventOfDelivery).innerJoin(webhookEndpoint, endpointOfDelivery).where(where),
  ]);
  const page = deliveryOrder.page(window, rows, totals?.total ?? 0);
  return { ...page, rows: page.rows as DeliverySummaryRow[] };
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
    .where(and(ownedBy(webhookAttempt, caller), eq(webhookAttempt.deliveryUuid, deliveryUuid)))
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
  return and(ownedBy(webhookDelivery, caller), eq(webhookDelivery.deliveryUuid, deliveryUuid))!;
}
