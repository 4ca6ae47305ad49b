import { apiRoute } from '@/lib/api/route';
import { callerFromApi } from '@/lib/auth/caller';
import { rotateWebhookEndpointSecret } from '@/lib/webhooks/endpoints';
import { endpointParamsSchema } from '@/lib/webhooks/schemas';
import { toEndpointBody } from '@/lib/webhooks/serialize';

/** A new signing secret, in force at once; `signing_secret` appears in this answer only. */
export const POST = apiRoute({
  dialect: 'a55',
  scope: 'webhook:write',
  params: endpointParamsSchema,
  handler: async ({ db, actor, params }) => {
    const { endpoint, signingSecret } = await rotateWebhookEndpointSecret(db, callerFromApi(actor), params.endpoint_uuid);
    return { body: { ...toEndpointBody(endpoint), signing_secret: signingSecret } };
  },
});
