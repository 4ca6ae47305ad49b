import type { RevealedSecret } from '@/components/ui/secret-dialog';
import type { EndpointBody } from '@/lib/webhooks/serialize';

/** An endpoint's signing secret, kept encrypted because every delivery is signed with it. */
export function signingSecretReveal(title: string, endpoint: Pick<EndpointBody, 'endpoint_uuid' | 'url'>, signingSecret: string): RevealedSecret {
  return {
    title,
    id: { label: 'Endpoint ID', value: endpoint.endpoint_uuid },
    secret: { label: 'Signing secret', value: signingSecret },
    keptAs: 'ciphertext',
    note: 'Verify each delivery’s X-Webhook-Signature: the hex HMAC-SHA256 of "{X-Webhook-Timestamp}.{raw body}" under this secret.',
    details: [{ label: 'Endpoint URL', value: endpoint.url }],
  };
}
