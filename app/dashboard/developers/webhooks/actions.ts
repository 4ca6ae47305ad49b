'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/actions/run-action';
import { getWebhookDelivery, redeliverWebhook } from '@/lib/webhooks/deliveries';
import {
  createWebhookEndpoint,
  disableWebhookEndpoint,
  enableWebhookEndpoint,
  rotateWebhookEndpointSecret,
  updateWebhookEndpoint,
} from '@/lib/webhooks/endpoints';
import { createEndpointSchema, deliveryParamsSchema, endpointParamsSchema, updateEndpointActionSchema } from '@/lib/webhooks/schemas';
import { toEndpointBody } from '@/lib/webhooks/serialize';

const WEBHOOKS = '/dashboard/developers/webhooks';

// The signing secret in the create and rotate answers travels to the browser this once, for the
// reveal-once dialog.

export async function createEndpointAction(input: unknown, idempotencyKey?: string) {
  return runAction(
    'webhooks.manage',
    createEndpointSchema,
    input,
    async ({ db, caller, input }) => {
      const { endpoint, signingSecret } = await createWebhookEndpoint(db, caller, input);
      revalidatePath(WEBHOOKS);
      return { endpoint: toEndpointBody(endpoint), signingSecret };
    },
    { idempotency: { action: 'webhook_endpoints.create', key: idempotencyKey } },
  );
}

export async function updateEndpointAction(input: unknown) {
  return runAction('webhooks.manage', updateEndpointActionSchema, input, async ({ db, caller, input }) => {
    const endpoint = await updateWebhookEndpoint(db, caller, input.endpoint_uuid, input.changes);
    revalidatePath(WEBHOOKS, 'layout');
    return { endpoint: toEndpointBody(endpoint) };
  });
}

export async function disableEndpointAction(input: unknown) {
  return runAction('webhooks.manage', endpointParamsSchema, input, async ({ db, caller, input }) => {
    const endpoint = await disableWebhookEndpoint(db, caller, input.endpoint_uuid);
    revalidatePath(WEBHOOKS, 'layout');
    return { status: endpoint.status };
  });
}

export async function enableEndpointAction(input: unknown) {
  return runAction('webhooks.manage', endpointParamsSchema, input, async ({ db, caller, input }) => {
    const endpoint = await enableWebhookEndpoint(db, caller, input.endpoint_uuid);
    revalidatePath(WEBHOOKS, 'layout');
    return { status: endpoint.status };
  });
}

export async function rotateEndpointSecretAction(input: unknown) {
  return runAction('webhooks.manage', endpointParamsSchema, input, async ({ db, caller, input }) => {
    const { endpoint, signingSecret } = await rotateWebhookEndpointSecret(db, caller, input.endpoint_uuid);
    revalidatePath(WEBHOOKS, 'layout');
    return { endpoint: toEndpointBody(endpoint), signingSecret };
  });
}

/** "Send again": the new delivery's id, so the page can open it. */
export async function redeliverAction(input: unknown) {
  return runAction('webhooks.manage', deliveryParamsSchema, input, async ({ db, caller, input }) => {
    const delivery = await redeliverWebhook(db, caller, input.delivery_uuid);
    revalidatePath(WEBHOOKS, 'layout');
    return { deliveryUuid: delivery.deliveryUuid };
  });
}

/** The delivery page's live status while a delivery is pending: a read, polled by the page. */
export async function readDeliveryStatusAction(input: unknown) {
  return runAction('member', deliveryParamsSchema, input, async ({ db, caller, input }) => {
    const { delivery } = await getWebhookDelivery(db, caller, input.delivery_uuid);
    return { status: delivery.status, attemptCount: delivery.attemptCount };
  });
}
