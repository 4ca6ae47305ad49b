import { routes } from '@/lib/api/serve';
import { createWebhookEndpointOperation, listWebhookEndpointsOperation } from '@/lib/webhooks/operations';

// POST /api/v1/webhooks/endpoints – a new endpoint, its signing secret shown once; GET – the endpoints, newest first
export const { POST, GET } = routes(createWebhookEndpointOperation, listWebhookEndpointsOperation);
