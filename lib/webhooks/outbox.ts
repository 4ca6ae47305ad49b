import { and, arrayContains, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { webhookDelivery, webhookEndpoint, webhookEvent } from '@/db/schema';
import { enqueue } from '@/lib/jobs/enqueue';
import { QUEUES } from '@/lib/jobs/queues';
import type { WalletEvent } from './event-types';
import { renderWebhookBody } from './payloads';

/** What the delivery worker receives: which delivery, and which attempt this job is for. */
export interface DeliveryJob {
  deliveryUuid: string;
  attempt: number;
}

/**
 * Records a domain event in the transaction of the change it announces (the outbox) and fans it
 * out: one delivery per enabled endpoint of the account subscribed to it, each with its first
 * attempt queued in pg-boss in the same transaction. If the change rolls back, no event, delivery
 * or job survives; once it commits, a worker will deliver it even across crashes.
 */
export async function recordEvent(tx: DbOrTx, entityUuid: string, event: WalletEvent): Promise<string> {
  const [stored] = await tx
    .insert(webhookEvent)
    .values({ entityUuid, type: event.type, subjectId: event.data.wallet_uuid, data: { ...event.data } })
    .returning();
  const endpoints = await tx
    .select({ endpointUuid: webhookEndpoint.endpointUuid, format: webhookEndpoint.format })
    .from(webhookEndpoint)
    .where(
      and(
        eq(webhookEndpoint.entityUuid, entityUuid),
        eq(webhookEndpoint.status, 'enabled'),
        arrayContains(webhookEndpoint.events, [event.type]),
      ),
    );
  const storedEvent = { eventUuid: stored!.eventUuid, type: event.type, data: event.data, occurredAt: stored!.occurredAt };
  for (const endpoint of endpoints) {
    await createDelivery(tx, {
      entityUuid,
      eventUuid: storedEvent.eventUuid,
      endpointUuid: endpoint.endpointUuid,
      body: renderWebhookBody(storedEvent, endpoint.format),
    });
  }
  return storedEvent.eventUuid;
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
  await enqueue(tx, QUEUES.webhookDelivery, job, { startAfter: at });
}
