import type { RevealedSecret } from '@/components/ui/secret-dialog';
import type { EndpointBody } from '@/lib/webhooks/serialize';

/**
 * The shared reveal-once dialog speaks of API clients; for an endpoint its "client ID" is the
 * endpoint id and its "client secret" the signing secret, which the note says in so many words.
 */
export function signingSecretReveal(title: string, endpoint: Pick<EndpointBody, 'endpoint_uuid' | 'url'>, signingSecret: string): RevealedSecret {
  return {
    title,
    clientId: endpoint.endpoint_uuid,
    clientSecret: signingSecret,
    note:
      'Here the client ID is the endpoint id and the client secret is the endpoint’s signing secret: verify each delivery’s ' +
      'X-Webhook-Signature, the hex HMAC-SHA256 of "{X-Webhook-Timestamp}.{raw body}" under it.',
    details: [{ label: 'Endpoint URL', value: endpoint.url }],
  };
}
