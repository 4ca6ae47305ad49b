import { apiRoute } from '@/lib/api/route';
import { callerFromApi } from '@/lib/auth/caller';
import { a55ListBody } from '@/lib/pagination/keyset';
import { createWebhookEndpoint, listWebhookEndpoints } from '@/lib/webhooks/endpoints';
import { createEndpointSchema, endpointListQuerySchema } from '@/lib/webhooks/schemas';
import { toEndpointBody } from '@/lib/webhooks/serialize';

/** A new endpoint; `signing_secret` appears in this answer only. */
export const POST = apiRoute({
  dialect: 'a55',
  scope: 'webhook:write',
  body: createEndpointSchema,
  handler: async ({ db, actor, body }) => {
    const { endpoint, signingSecret } = await createWebhookEndpoint(db, callerFromApi(actor), body);
    return { status: 201, body: { ...toEndpointBody(endpoint), signing_secret: signingSecret } };
  },
});

export const GET = apiRoute({
  dialect: 'a55',
  scope: 'webhook:read',
  query: endpointListQuerySchema,
  handler: async ({ db, actor, query }) => ({
    body: a55ListBody(query, await listWebhookEndpoints(db, callerFromApi(actor), query), toEndpointBody),
  }),
});
