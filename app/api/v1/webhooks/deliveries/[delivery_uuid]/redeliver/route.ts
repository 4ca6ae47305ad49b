import { route } from '@/lib/api/serve';
import { redeliverWebhookOperation } from '@/lib/webhooks/operations';

// POST /api/v1/webhooks/deliveries/{delivery_uuid}/redeliver – send a delivery again (202, queued)
export const POST = route(redeliverWebhookOperation);
