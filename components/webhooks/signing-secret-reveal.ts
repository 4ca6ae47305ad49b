import type { RevealedSecret } from '@/components/ui/secret-dialog';
import type { EndpointBody } from '@/lib/webhooks/serialize';

/** The `webhooks` messages the reveal needs, so the caller's translator can be passed as is. */
type RevealLabels = (key: 'endpointId' | 'signingSecret' | 'endpointUrl' | 'signingSecretNote', values?: { signedPayload: string }) => string;

/** What the signature covers, written as the receiver's code sees it (kept out of the messages, whose syntax braces are). */
const SIGNED_PAYLOAD = '{X-Webhook-Timestamp}.{raw body}';

/** An endpoint's signing secret, kept encrypted because every delivery is signed with it. */
export function signingSecretReveal(t: RevealLabels, title: string, endpoint: Pick<EndpointBody, 'endpoint_uuid' | 'url'>, signingSecret: string): RevealedSecret {
  return {
    title,
    id: { label: t('endpointId'), value: endpoint.endpoint_uuid },
    secret: { label: t('signingSecret'), value: signingSecret },
    keptAs: 'ciphertext',
    note: t('signingSecretNote', { signedPayload: SIGNED_PAYLOAD }),
    details: [{ label: t('endpointUrl'), value: endpoint.url }],
  };
}
