import { apiRoute } from '@/lib/api/route';
import { callerFromApi } from '@/lib/auth/caller';
import { redeliverWebhook } from '@/lib/webhooks/deliveries';
import { deliveryParamsSchema } from '@/lib/webhooks/schemas';
import { toDeliveryBody } from '@/lib/webhooks/serialize';

/** Sends a delivery again: 202 with the new delivery, queued for an attempt now. */
export const POST = apiRoute({
  dialect: 'a55',
  scope: 'webhook:write',
  params: deliveryParamsSchema,
  handler: async ({ db, actor, params }) => ({
    status: 202,
    body: toDeliveryBody(await redeliverWebhook(db, callerFromApi(actor), params.delivery_uuid)),
  }),
});
