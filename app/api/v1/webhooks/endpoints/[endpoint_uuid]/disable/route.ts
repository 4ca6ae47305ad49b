import { route } from '@/lib/api/serve';
import { disableWebhookEndpointOperation } from '@/lib/webhooks/operations';

// POST /api/v1/webhooks/endpoints/{endpoint_uuid}/disable – new events skip the endpoint
export const POST = route(disableWebhookEndpointOperation);
