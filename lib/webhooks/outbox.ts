import { and, arrayContains, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { webhookDelivery, webhookEndpoint, webhookEvent } from '@/db/schema';
import { enqueue } from '@/lib/jobs/enqueue';
import { webhookDeliveryQueue } from './queues';
import type { AnyEventDefinition, EventOccurrence } from './define-event';
import { renderWebhookBody, rendersIn, type StoredEvent } from './payloads';

/** What the delivery worker receives: which delivery, and which attempt this job is for. */
export interface DeliveryJob {
  deliveryUuid: string;
  attempt: number;
}

/**
 * Records a domain event in the transaction of the change it announces (the outbox) and fans it
 * out: one delivery per enabled endpoint of the account subscribed to it, its body rendered once
 * in the endpoint's format, each with its first attempt queued in pg-boss in the same
 * transaction. If the change rolls back, no event, delivery or job survives; once it commits, a
 * worker will deliver it even across crashes. Data that does not fit the definition's schema does
 * not compile, and throws (a bug, rolling the change back) if it gets here anyway.
 */
export async function recordEvent<Definition extends AnyEventDefinition>(
  tx: DbOrTx,
  entityUuid: string,
  definition: Definition,
  occurrence: EventOccurrence<Definition>,
): Promise<StoredEvent> {
  const data = definition.data.parse(occurrence.data) as Record<string, unknown>;
  const { subject } = occurrence;
  const [stored] = await tx
    .insert(webhookEvent)
    .values({ entityUuid, type: definition.type, subjectType: subject.type, subjectId: subject.id, data })
    .returning();
  const endpoints = await tx
    .select({ endpointUuid: webhookEndpoint.endpointUuid, format: webhookEndpoint.format })
    .from(webhookEndpoint)
    .where(
      and(
        eq(webhookEndpoint.entityUuid, entityUuid),
        eq(webhookEndpoint.status, 'enabled'),
        arrayContains(webhookEndpoint.events, [definition.type]),
      ),
    );
  const event: StoredEvent = { eventUuid: stored!.eventUuid, occurredAt: stored!.occurredAt, subject, data };
  // Subscriptions are checked against the formats when they are made; this only skips an
  // endpoint whose format lost the event's renderer since, keeping the event itself.
  for (const endpoint of endpoints.filter((e) => rendersIn(definition, e.format))) {
    await createDelivery(tx, {
      entityUuid,
      eventUuid: event.eventUuid,
      endpointUuid: endpoint.endpointUuid,
      body: renderWebhookBody(definition, event, endpoint.format),
    });
  }
  return event;
}

/** A new delivery of an already rendered body, queued for its first attempt now. Replays use it too. */
export async function createDelivery(
  tx: DbOrTx,
  input: { entityUuid: string; eventUuid: string; endpointUuid: string; body: string; replayOf?: string },
): Promise<string> {
  const now = new Date();
  const [delivery] = await tx
    .insert(webhookDelivery)
    .values({ ...input, nextAttemptAt: now })
    .returning({ deliveryUuid: webhookDelivery.deliveryUuid });
  await enqueueAttempt(tx, { deliveryUuid: delivery!.deliveryUuid, attempt: 1 }, now);
  return delivery!.deliveryUuid;
}

/** Queues the given attempt of a delivery to start at `at`. */
export async function enqueueAttempt(tx: DbOrTx, job: DeliveryJob, at: Date): Promise<void> {
  await enqueue(tx, webhookDeliveryQueue, job, { startAfter: at });
}
