import { route } from '@/lib/api/serve';
import { listWebhookDeliveriesOperation } from '@/lib/webhooks/operations';

// GET /api/v1/webhooks/deliveries – the delivery log, newest first
export const GET = route(listWebhookDeliveriesOperation);
