import { route } from '@/lib/api/serve';
import { getWebhookDeliveryOperation } from '@/lib/webhooks/operations';

// GET /api/v1/webhooks/deliveries/{delivery_uuid} – one delivery with its event, body and attempts
export const GET = route(getWebhookDeliveryOperation);
