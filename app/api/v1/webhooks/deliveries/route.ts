import { apiRoute } from '@/lib/api/route';
import { callerFromApi } from '@/lib/auth/caller';
import { a55ListBody } from '@/lib/pagination/keyset';
import { listWebhookDeliveries } from '@/lib/webhooks/deliveries';
import { deliveryListQuerySchema } from '@/lib/webhooks/schemas';
import { toDeliveryBody } from '@/lib/webhooks/serialize';

/** The delivery log, newest first, in the A55 list shape `{page, limit, total, pages, has_more, next_cursor, data}`. */
export const GET = apiRoute({
  dialect: 'a55',
  scope: 'webhook:read',
  query: deliveryListQuerySchema,
  handler: async ({ db, actor, query }) => ({
    body: a55ListBody(query, await listWebhookDeliveries(db, callerFromApi(actor), query), toDeliveryBody),
  }),
});
