import { defineOperation } from '@/lib/api/operation';
import { callerFromApi } from '@/lib/auth/caller';
import { documented } from '@/lib/openapi/shared';
import { a55ListBody } from '@/lib/pagination/keyset';
import { getWebhookDelivery, listWebhookDeliveries, redeliverWebhook } from './deliveries';
import {
  createWebhookEndpoint,
  disableWebhookEndpoint,
  enableWebhookEndpoint,
  getWebhookEndpoint,
  listWebhookEndpoints,
  rotateWebhookEndpointSecret,
  updateWebhookEndpoint,
} from './endpoints';
import {
  createEndpointSchema,
  deliveryListQuerySchema,
  deliveryParamsSchema,
  endpointListQuerySchema,
  endpointParamsSchema,
  updateEndpointSchema,
  webhookDeliveryDetailSchema,
  webhookDeliveryListSchema,
  webhookDeliverySchema,
  webhookEndpointListSchema,
  webhookEndpointSchema,
  webhookEndpointWithSecretSchema,
} from './schemas';
import { toDeliveryBody, toDeliveryDetailBody, toEndpointBody } from './serialize';

/** Our own webhook management routes: endpoints, the delivery log and replays. */

const TAG = 'Webhooks';
const endpointPath = documented(endpointParamsSchema, { endpoint_uuid: { description: 'The endpoint', example: '0f8e2a4c-5b6d-4e7f-8a9b-0c1d2e3f4a5b' } });
const deliveryPath = documented(deliveryParamsSchema, { delivery_uuid: { description: 'The delivery', example: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' } });
const ENDPOINT_NOT_FOUND = 'errors.webhook_endpoint.not_found';
const DELIVERY_NOT_FOUND = 'errors.webhook_delivery.not_found';

const SIGNING =
  'Every delivery is a POST of the stored body with `X-Webhook-Key` (your value), `X-Webhook-Timestamp` (Unix seconds) and ' +
  '`X-Webhook-Signature`: the hex HMAC-SHA256 of `"{timestamp}.{raw body}"` under the signing secret. Reject a timestamp more ' +
  'than 300 s away from your clock.';

export const createWebhookEndpointOperation = defineOperation({
  operationId: 'createWebhookEndpoint',
  method: 'post',
  path: '/api/v1/webhooks/endpoints',
  dialect: 'a55',
  auth: { scope: 'webhook:write' },
  tag: TAG,
  summary: 'Create a webhook endpoint',
  description:
    `Subscribes a URL of yours to events, in the payload format you choose. ${SIGNING} The \`signing_secret\` is shown only ` +
    'in this answer (rotate it if lost). Production endpoints must use https. Account-level tokens only.',
  body: createEndpointSchema,
  responses: { 201: { description: 'The endpoint, enabled, with its signing secret', schema: webhookEndpointWithSecretSchema } },
  handler: async ({ db, actor, body }) => {
    const { endpoint, signingSecret } = await createWebhookEndpoint(db, callerFromApi(actor), body);
    return { status: 201, body: { ...toEndpointBody(endpoint), signing_secret: signingSecret } };
  },
});

export const listWebhookEndpointsOperation = defineOperation({
  operationId: 'listWebhookEndpoints',
  method: 'get',
  path: '/api/v1/webhooks/endpoints',
  dialect: 'a55',
  auth: { scope: 'webhook:read' },
  tag: TAG,
  summary: 'List webhook endpoints, newest first',
  description: 'Paged with `page` and `limit` (at most 100). An endpoint the platform disabled after persistent failures has `disabled_reason: "failing"`.',
  query: endpointListQuerySchema,
  responses: { 200: { description: 'A page of endpoints', schema: webhookEndpointListSchema } },
  handler: async ({ db, actor, query }) => ({
    body: a55ListBody(query, await listWebhookEndpoints(db, callerFromApi(actor), query), toEndpointBody),
  }),
});

export const getWebhookEndpointOperation = defineOperation({
  operationId: 'getWebhookEndpoint',
  method: 'get',
  path: '/api/v1/webhooks/endpoints/{endpoint_uuid}',
  dialect: 'a55',
  auth: { scope: 'webhook:read' },
  tag: TAG,
  summary: 'Get a webhook endpoint',
  description: 'Another account’s endpoint answers 404 like a missing one. The signing secret is never shown here.',
  params: endpointPath,
  responses: { 200: { description: 'The endpoint', schema: webhookEndpointSchema } },
  errors: { 404: [ENDPOINT_NOT_FOUND] },
  handler: async ({ db, actor, params }) => ({ body: toEndpointBody(await getWebhookEndpoint(db, callerFromApi(actor), params.endpoint_uuid)) }),
});

export const updateWebhookEndpointOperation = defineOperation({
  operationId: 'updateWebhookEndpoint',
  method: 'patch',
  path: '/api/v1/webhooks/endpoints/{endpoint_uuid}',
  dialect: 'a55',
  auth: { scope: 'webhook:write' },
  tag: TAG,
  summary: 'Change a webhook endpoint',
  description:
    'Send only the fields to change; an empty `description` clears it. Deliveries already queued keep the body they were ' +
    'rendered with; later events use the new settings.',
  params: endpointPath,
  body: updateEndpointSchema,
  responses: { 200: { description: 'The endpoint after the change', schema: webhookEndpointSchema } },
  errors: { 404: [ENDPOINT_NOT_FOUND] },
  handler: async ({ db, actor, params, body }) => ({
    body: toEndpointBody(await updateWebhookEndpoint(db, callerFromApi(actor), params.endpoint_uuid, body)),
  }),
});

export const disableWebhookEndpointOperation = defineOperation({
  operationId: 'disableWebhookEndpoint',
  method: 'post',
  path: '/api/v1/webhooks/endpoints/{endpoint_uuid}/disable',
  dialect: 'a55',
  auth: { scope: 'webhook:write' },
  tag: TAG,
  summary: 'Disable a webhook endpoint',
  description: 'New events skip the endpoint until it is enabled again. Disabling a disabled endpoint answers it unchanged.',
  params: endpointPath,
  responses: { 200: { description: 'The endpoint after the change', schema: webhookEndpointSchema } },
  errors: { 404: [ENDPOINT_NOT_FOUND] },
  handler: async ({ db, actor, params }) => ({ body: toEndpointBody(await disableWebhookEndpoint(db, callerFromApi(actor), params.endpoint_uuid)) }),
});

export const enableWebhookEndpointOperation = defineOperation({
  operationId: 'enableWebhookEndpoint',
  method: 'post',
  path: '/api/v1/webhooks/endpoints/{endpoint_uuid}/enable',
  dialect: 'a55',
  auth: { scope: 'webhook:write' },
  tag: TAG,
  summary: 'Enable a webhook endpoint',
  description:
    'Turns the endpoint back on, including one the platform disabled after persistent failures (`disabled_reason` and ' +
    '`disabled_at` are cleared). Events from now on reach it; send missed deliveries again from the delivery log.',
  params: endpointPath,
  responses: { 200: { description: 'The endpoint after the change', schema: webhookEndpointSchema } },
  errors: { 404: [ENDPOINT_NOT_FOUND] },
  handler: async ({ db, actor, params }) => ({ body: toEndpointBody(await enableWebhookEndpoint(db, callerFromApi(actor), params.endpoint_uuid)) }),
});

export const rotateWebhookEndpointSecretOperation = defineOperation({
  operationId: 'rotateWebhookEndpointSecret',
  method: 'post',
  path: '/api/v1/webhooks/endpoints/{endpoint_uuid}/rotate-secret',
  dialect: 'a55',
  auth: { scope: 'webhook:write' },
  tag: TAG,
  summary: 'Rotate an endpoint’s signing secret',
  description: 'A new signing secret, used for every attempt from now on; the old one stops at once. Shown only in this answer.',
  params: endpointPath,
  responses: { 200: { description: 'The endpoint with its new signing secret', schema: webhookEndpointWithSecretSchema } },
  errors: { 404: [ENDPOINT_NOT_FOUND] },
  handler: async ({ db, actor, params }) => {
    const { endpoint, signingSecret } = await rotateWebhookEndpointSecret(db, callerFromApi(actor), params.endpoint_uuid);
    return { body: { ...toEndpointBody(endpoint), signing_secret: signingSecret } };
  },
});

export const listWebhookDeliveriesOperation = defineOperation({
  operationId: 'listWebhookDeliveries',
  method: 'get',
  path: '/api/v1/webhooks/deliveries',
  dialect: 'a55',
  auth: { scope: 'webhook:read' },
  tag: TAG,
  summary: 'List webhook deliveries, newest first',
  description: 'One delivery per event and endpoint (plus one per replay), filterable by endpoint, status and event type; paged with `page` and `limit`.',
  query: deliveryListQuerySchema,
  responses: { 200: { description: 'A page of deliveries', schema: webhookDeliveryListSchema } },
  handler: async ({ db, actor, query }) => ({
    body: a55ListBody(query, await listWebhookDeliveries(db, callerFromApi(actor), query), toDeliveryBody),
  }),
});

export const getWebhookDeliveryOperation = defineOperation({
  operationId: 'getWebhookDelivery',
  method: 'get',
  path: '/api/v1/webhooks/deliveries/{delivery_uuid}',
  dialect: 'a55',
  auth: { scope: 'webhook:read' },
  tag: TAG,
  summary: 'Get a delivery with its event, body and attempts',
  description: 'Every attempt with its request headers (signature included), response status, response body excerpt, error and duration.',
  params: deliveryPath,
  responses: { 200: { description: 'The delivery', schema: webhookDeliveryDetailSchema } },
  errors: { 404: [DELIVERY_NOT_FOUND] },
  handler: async ({ db, actor, params }) => ({ body: toDeliveryDetailBody(await getWebhookDelivery(db, callerFromApi(actor), params.delivery_uuid)) }),
});

export const redeliverWebhookOperation = defineOperation({
  operationId: 'redeliverWebhook',
  method: 'post',
  path: '/api/v1/webhooks/deliveries/{delivery_uuid}/redeliver',
  dialect: 'a55',
  auth: { scope: 'webhook:write' },
  tag: TAG,
  summary: 'Send a delivery again',
  description:
    'Queues a new delivery of the same event and body to the same endpoint (`replay_of` names the original; the event id ' +
    'is unchanged, so receivers can deduplicate). A disabled endpoint answers 409 `errors.webhook_endpoint.disabled`.',
  params: deliveryPath,
  responses: { 202: { description: 'The new delivery, queued', schema: webhookDeliverySchema } },
  errors: { 404: [DELIVERY_NOT_FOUND], 409: ['errors.webhook_endpoint.disabled'] },
  handler: async ({ db, actor, params }) => ({
    status: 202,
    body: toDeliveryBody(await redeliverWebhook(db, callerFromApi(actor), params.delivery_uuid)),
  }),
});

export const webhookOperations = [
  createWebhookEndpointOperation,
  listWebhookEndpointsOperation,
  getWebhookEndpointOperation,
  updateWebhookEndpointOperation,
  disableWebhookEndpointOperation,
  enableWebhookEndpointOperation,
  rotateWebhookEndpointSecretOperation,
  listWebhookDeliveriesOperation,
  getWebhookDeliveryOperation,
  redeliverWebhookOperation,
];
