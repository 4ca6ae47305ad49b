import { routes } from '@/lib/api/serve';
import { getWebhookEndpointOperation, updateWebhookEndpointOperation } from '@/lib/webhooks/operations';

// GET·PATCH /api/v1/webhooks/endpoints/{endpoint_uuid} – read or change one endpoint
export const { GET, PATCH } = routes(getWebhookEndpointOperation, updateWebhookEndpointOperation);
