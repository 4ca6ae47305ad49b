import { route } from '@/lib/api/serve';
import { enableWebhookEndpointOperation } from '@/lib/webhooks/operations';

// POST /api/v1/webhooks/endpoints/{endpoint_uuid}/enable – turn the endpoint back on
export const POST = route(enableWebhookEndpointOperation);
