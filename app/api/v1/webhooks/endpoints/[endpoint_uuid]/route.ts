import { apiRoute } from '@/lib/api/route';
import { callerFromApi } from '@/lib/auth/caller';
import { getWebhookEndpoint, updateWebhookEndpoint } from '@/lib/webhooks/endpoints';
import { endpointParamsSchema, updateEndpointSchema } from '@/lib/webhooks/schemas';
import { toEndpointBody } from '@/lib/webhooks/serialize';

export const GET = apiRoute({
  dialect: 'a55',
  scope: 'webhook:read',
  params: endpointParamsSchema,
  handler: async ({ db, actor, params }) => ({ body: toEndpointBody(await getWebhookEndpoint(db, callerFromApi(actor), params.endpoint_uuid)) }),
});

export const PATCH = apiRoute({
  dialect: 'a55',
  scope: 'webhook:write',
  params: endpointParamsSchema,
  body: updateEndpointSchema,
  handler: async ({ db, actor, params, body }) => ({
    body: toEndpointBody(await updateWebhookEndpoint(db, callerFromApi(actor), params.endpoint_uuid, body)),
  }),
});
