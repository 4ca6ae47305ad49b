import { apiRoute } from '@/lib/api/route';
import { callerFromApi } from '@/lib/auth/caller';
import { disableWebhookEndpoint } from '@/lib/webhooks/endpoints';
import { endpointParamsSchema } from '@/lib/webhooks/schemas';
import { toEndpointBody } from '@/lib/webhooks/serialize';

export const POST = apiRoute({
  dialect: 'a55',
  scope: 'webhook:write',
  params: endpointParamsSchema,
  handler: async ({ db, actor, params }) => ({ body: toEndpointBody(await disableWebhookEndpoint(db, callerFromApi(actor), params.endpoint_uuid)) }),
});
