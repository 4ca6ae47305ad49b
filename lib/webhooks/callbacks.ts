import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { webhookEndpoint } from '@/db/schema';
import type { AnyEventDefinition, EventSubject } from './define-event';
import { createDelivery } from './outbox';
import { renderWebhookBody } from './payloads';
import { generateSigningSecret, sealSecret } from './secret-box';

/**
 * Delivers one recorded event to a URL an object named for itself (a charge's `webhook_url`,
 * reference A.9) in the A55 format. The URL becomes a `callback` endpoint of the account the first
 * time it is named, so its deliveries are signed, retried, logged and replayable like any other;
 * the merchant reads its signing secret by rotating it on the dashboard. A disabled callback
 * endpoint receives nothing, as a disabled subscription would not.
 */
export async function deliverToCallback(
  tx: DbOrTx,
  input: { entityUuid: string; url: string; definition: AnyEventDefinition; event: { eventUuid: string; occurredAt: Date; subject: EventSubject; data: unknown } },
): Promise<void> {
  const endpoint = await callbackEndpoint(tx, input.entityUuid, input.url);
  if (endpoint.status !== 'enabled') return;
  await createDelivery(tx, {
    entityUuid: input.entityUuid,
    eventUuid: input.event.eventUuid,
    endpointUuid: endpoint.endpointUuid,
    body: renderWebhookBody(input.definition, input.event, 'a55'),
  });
}

async function callbackEndpoint(tx: DbOrTx, entityUuid: string, url: string) {
  const secret = generateSigningSecret();
  await tx
    .insert(webhookEndpoint)
    .values({
      entityUuid,
      url,
      description: 'webhook_url named by charges and payouts',
      webhookKey: '',
      events: [],
      format: 'a55',
      purpose: 'callback',
      secretCiphertext: sealSecret(secret),
      secretLastFour: secret.slice(-4),
    })
    .onConflictDoNothing();
  const [endpoint] = await tx
    .select({ endpointUuid: webhookEndpoint.endpointUuid, status: webhookEndpoint.status })
    .from(webhookEndpoint)
    .where(and(eq(webhookEndpoint.entityUuid, entityUuid), eq(webhookEndpoint.url, url), eq(webhookEndpoint.purpose, 'callback')));
  return endpoint!;
}
