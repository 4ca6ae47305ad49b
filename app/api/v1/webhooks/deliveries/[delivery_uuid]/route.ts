import { apiRoute } from '@/lib/api/route';
import { callerFromApi } from '@/lib/auth/caller';
import { getWebhookDelivery } from '@/lib/webhooks/deliveries';
import { deliveryParamsSchema } from '@/lib/webhooks/schemas';
import { toDeliveryDetailBody } from '@/lib/webhooks/serialize';

export const GET = apiRoute({
  dialect: 'a55',
  scope: 'webhook:read',
  params: deliveryParamsSchema,
  handler: async ({ db, actor, params }) => ({ body: toDeliveryDetailBody(await getWebhookDelivery(db, callerFromApi(actor), params.delivery_uuid)) }),
});
