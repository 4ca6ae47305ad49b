import { route } from '@/lib/api/serve';
import { rotateWebhookEndpointSecretOperation } from '@/lib/webhooks/operations';

// POST /api/v1/webhooks/endpoints/{endpoint_uuid}/rotate-secret – a new signing secret, shown once
export const POST = route(rotateWebhookEndpointSecretOperation);
