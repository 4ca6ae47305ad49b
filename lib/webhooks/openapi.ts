import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { errorResponses, idempotencyHeaders, jsonBody, jsonResponse, security } from '@/lib/openapi/shared';
import {
  createEndpointSchema,
  deliveryListQuerySchema,
  endpointListQuerySchema,
  updateEndpointSchema,
  webhookDeliveryDetailSchema,
  webhookDeliveryListSchema,
  webhookDeliverySchema,
  webhookEndpointListSchema,
  webhookEndpointSchema,
  webhookEndpointWithSecretSchema,
} from './schemas';

const TAG = 'Webhooks';
const endpointPath = z.object({ endpoint_uuid: z.uuid().meta({ description: 'The endpoint', example: '0f8e2a4c-5b6d-4e7f-8a9b-0c1d2e3f4a5b' }) });
const deliveryPath = z.object({ delivery_uuid: z.uuid().meta({ description: 'The delivery', example: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }) });

const SIGNING =
  'Every delivery is a POST of the stored body with `X-Webhook-Key` (your value), `X-Webhook-Timestamp` (Unix seconds) and ' +
  '`X-Webhook-Signature`: the hex HMAC-SHA256 of `"{timestamp}.{raw body}"` under the signing secret. Reject a timestamp more ' +
  'than 300 s away from your clock.';

/** Our own webhook management routes: endpoints, the delivery log and replays. */
export function registerWebhookPaths(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: 'post',
    path: '/api/v1/webhooks/endpoints',
    operationId: 'createWebhookEndpoint',
    tags: [TAG],
    summary: 'Create a webhook endpoint',
    description:
      `Subscribes a URL of yours to events, in the payload format you choose. ${SIGNING} The \`signing_secret\` is shown only ` +
      'in this answer (rotate it if lost). Production endpoints must use https. Account-level tokens only.',
    security: security('webhook:write'),
    request: { headers: idempotencyHeaders, body: jsonBody(createEndpointSchema) },
    responses: {
      201: jsonResponse('The endpoint, enabled, with its signing secret', webhookEndpointWithSecretSchema),
      ...errorResponses('a55', 400, 401, 403, 409, 500),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/api/v1/webhooks/endpoints',
    operationId: 'listWebhookEndpoints',
    tags: [TAG],
    summary: 'List webhook endpoints, newest first',
    description: 'Paged with `page` and `limit` (at most 100). An endpoint the platform disabled after persistent failures has `disabled_reason: "failing"`.',
    security: security('webhook:read'),
    request: { query: endpointListQuerySchema },
    responses: { 200: jsonResponse('A page of endpoints', webhookEndpointListSchema), ...errorResponses('a55', 400, 401, 403, 500) },
  });

  registry.registerPath({
    method: 'get',
    path: '/api/v1/webhooks/endpoints/{endpoint_uuid}',
    operationId: 'getWebhookEndpoint',
    tags: [TAG],
    summary: 'Get a webhook endpoint',
    description: 'Another account’s endpoint answers 404 like a missing one. The signing secret is never shown here.',
    security: security('webhook:read'),
    request: { params: endpointPath },
    responses: { 200: jsonResponse('The endpoint', webhookEndpointSchema), ...errorResponses('a55', 400, 401, 403, 404, 500) },
  });

  registry.registerPath({
    method: 'patch',
    path: '/api/v1/webhooks/endpoints/{endpoint_uuid}',
    operationId: 'updateWebhookEndpoint',
    tags: [TAG],
    summary: 'Change a webhook endpoint',
    description:
      'Send only the fields to change; an empty `description` clears it. Deliveries already queued keep the body they were ' +
      'rendered with; later events use the new settings.',
    security: security('webhook:write'),
    request: { params: endpointPath, headers: idempotencyHeaders, body: jsonBody(updateEndpointSchema) },
    responses: { 200: jsonResponse('The endpoint after the change', webhookEndpointSchema), ...errorResponses('a55', 400, 401, 403, 404, 409, 500) },
  });

  const lifecycle = {
    disable: {
      summary: 'Disable a webhook endpoint',
      description: 'New events skip the endpoint until it is enabled again. Disabling a disabled endpoint answers it unchanged.',
    },
    enable: {
      summary: 'Enable a webhook endpoint',
      description:
        'Turns the endpoint back on, including one the platform disabled after persistent failures (`disabled_reason` and ' +
        '`disabled_at` are cleared). Events from now on reach it; send missed deliveries again from the delivery log.',
    },
  } as const;
  for (const [action, text] of Object.entries(lifecycle)) {
    registry.registerPath({
      method: 'post',
      path: `/api/v1/webhooks/endpoints/{endpoint_uuid}/${action}`,
      operationId: `${action}WebhookEndpoint`,
      tags: [TAG],
      ...text,
      security: security('webhook:write'),
      request: { params: endpointPath, headers: idempotencyHeaders },
      responses: { 200: jsonResponse('The endpoint after the change', webhookEndpointSchema), ...errorResponses('a55', 400, 401, 403, 404, 409, 500) },
    });
  }

  registry.registerPath({
    method: 'post',
    path: '/api/v1/webhooks/endpoints/{endpoint_uuid}/rotate-secret',
    operationId: 'rotateWebhookEndpointSecret',
    tags: [TAG],
    summary: 'Rotate an endpoint’s signing secret',
    description: 'A new signing secret, used for every attempt from now on; the old one stops at once. Shown only in this answer.',
    security: security('webhook:write'),
    request: { params: endpointPath, headers: idempotencyHeaders },
    responses: { 200: jsonResponse('The endpoint with its new signing secret', webhookEndpointWithSecretSchema), ...errorResponses('a55', 400, 401, 403, 404, 409, 500) },
  });

  registry.registerPath({
    method: 'get',
    path: '/api/v1/webhooks/deliveries',
    operationId: 'listWebhookDeliveries',
    tags: [TAG],
    summary: 'List webhook deliveries, newest first',
    description: 'One delivery per event and endpoint (plus one per replay), filterable by endpoint, status and event type; paged with `page` and `limit`.',
    security: security('webhook:read'),
    request: { query: deliveryListQuerySchema },
    responses: { 200: jsonResponse('A page of deliveries', webhookDeliveryListSchema), ...errorResponses('a55', 400, 401, 403, 500) },
  });

  registry.registerPath({
    method: 'get',
    path: '/api/v1/webhooks/deliveries/{delivery_uuid}',
    operationId: 'getWebhookDelivery',
    tags: [TAG],
    summary: 'Get a delivery with its event, body and attempts',
    description: 'Every attempt with its request headers (signature included), response status, response body excerpt, error and duration.',
    security: security('webhook:read'),
    request: { params: deliveryPath },
    responses: { 200: jsonResponse('The delivery', webhookDeliveryDetailSchema), ...errorResponses('a55', 400, 401, 403, 404, 500) },
  });

  registry.registerPath({
    method: 'post',
    path: '/api/v1/webhooks/deliveries/{delivery_uuid}/redeliver',
    operationId: 'redeliverWebhook',
    tags: [TAG],
    summary: 'Send a delivery again',
    description:
      'Queues a new delivery of the same event and body to the same endpoint (`replay_of` names the original; the event id ' +
      'is unchanged, so receivers can deduplicate). A disabled endpoint answers 409 `errors.webhook_endpoint.disabled`.',
    security: security('webhook:write'),
    request: { params: deliveryPath, headers: idempotencyHeaders },
    responses: { 202: jsonResponse('The new delivery, queued', webhookDeliverySchema), ...errorResponses('a55', 400, 401, 403, 404, 409, 500) },
  });
}
