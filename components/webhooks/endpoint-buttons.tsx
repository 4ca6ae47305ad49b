'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ActionButton } from '@/components/ui/action-button';
import { SecretDialog, type RevealedSecret } from '@/components/ui/secret-dialog';
import type { ActionResult } from '@/lib/actions/run-action';
import type { EndpointBody } from '@/lib/webhooks/serialize';
import { signingSecretReveal } from './signing-secret-reveal';

type EndpointInput = { endpoint_uuid: string };

/** The server actions the endpoint buttons run, passed down by the page. */
export interface EndpointActions {
  enable: (input: EndpointInput) => Promise<ActionResult<{ status: string }>>;
  disable: (input: EndpointInput) => Promise<ActionResult<{ status: string }>>;
  rotateSecret: (input: EndpointInput) => Promise<ActionResult<{ endpoint: EndpointBody; signingSecret: string }>>;
}

/**
 * Enables a disabled endpoint, or disables an enabled one after a confirmation, then refreshes the
 * page's data.
 */
export function EndpointToggleButton({
  endpointUuid,
  status,
  label,
  actions,
}: {
  endpointUuid: string;
  status: 'enabled' | 'disabled';
  label?: string;
  actions: Pick<EndpointActions, 'enable' | 'disable'>;
}) {
  const t = useTranslations('webhooks');
  if (status === 'disabled') return <EnableEndpointButton endpointUuid={endpointUuid} label={label} enable={actions.enable} />;
  return (
    <ActionButton
      label={t('disableEndpoint')}
      ariaLabel={label}
      confirm={{
        title: t('disableTitle'),
        message: t('disableMessage'),
        confirmLabel: t('disableConfirm'),
        destructive: true,
      }}
      run={() => actions.disable({ endpoint_uuid: endpointUuid })}
    />
  );
}

export function EnableEndpointButton({ endpointUuid, label, enable }: { endpointUuid: string; label?: string; enable: EndpointActions['enable'] }) {
  const t = useTranslations('webhooks');
  return <ActionButton label={t('enableEndpoint')} ariaLabel={label} run={() => enable({ endpoint_uuid: endpointUuid })} />;
}

/** A new signing secret, revealed once; the old one stops at once, which the confirmation says. */
export function RotateSecretButton({ endpointUuid, url, rotateSecret }: { endpointUuid: string; url: string; rotateSecret: EndpointActions['rotateSecret'] }) {
  const t = useTranslations('webhooks');
  const router = useRouter();
  const [revealed, setRevealed] = useState<RevealedSecret | null>(null);
  return (
    <>
      <ActionButton
        label={t('rotateSigningSecret')}
        confirm={{
          title: t('rotateTitle'),
          message: t('rotateMessage'),
          confirmLabel: t('rotateConfirm'),
        }}
        run={() => rotateSecret({ endpoint_uuid: endpointUuid })}
        onSuccess={(data) => {
          setRevealed(signingSecretReveal(t, t('newSigningSecretFor', { url }), data.endpoint, data.signingSecret));
          router.refresh();
        }}
      />
      {revealed ? <SecretDialog revealed={revealed} onDone={() => setRevealed(null)} /> : null}
    </>
  );
}
