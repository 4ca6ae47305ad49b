import { apiRoute } from '@/lib/api/route';
import { callerFromApi } from '@/lib/auth/caller';
import { listWebhookDeliveries } from '@/lib/webhooks/deliveries';
import { deliveryListQuerySchema } from '@/lib/webhooks/schemas';
import { toDeliveryBody } from '@/lib/webhooks/serialize';

/** The delivery log, newest first, in the A55 list shape `{page, limit, total, pages, data}`. */
export const GET = apiRoute({
  dialect: 'a55',
  scope: 'webhook:read',
  query: deliveryListQuerySchema,
  handler: async ({ db, actor, query }) => {
    const { rows, ...page } = await listWebhookDeliveries(db, callerFromApi(actor), query);
    return { body: { ...page, data: rows.map(toDeliveryBody) } };
  },
});
