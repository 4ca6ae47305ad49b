'use client';

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
  if (status === 'disabled') return <EnableEndpointButton endpointUuid={endpointUuid} label={label} enable={actions.enable} />;
  return (
    <ActionButton
      label="Disable endpoint"
      ariaLabel={label}
      confirm={{
        title: 'Disable this endpoint?',
        message: 'No events are sent to it while it is disabled; deliveries still queued fail unsent.',
        confirmLabel: 'Disable',
        destructive: true,
      }}
      run={() => actions.disable({ endpoint_uuid: endpointUuid })}
    />
  );
}

export function EnableEndpointButton({ endpointUuid, label, enable }: { endpointUuid: string; label?: string; enable: EndpointActions['enable'] }) {
  return <ActionButton label="Enable endpoint" ariaLabel={label} run={() => enable({ endpoint_uuid: endpointUuid })} />;
}

/** A new signing secret, revealed once; the old one stops at once, which the confirmation says. */
export function RotateSecretButton({ endpointUuid, url, rotateSecret }: { endpointUuid: string; url: string; rotateSecret: EndpointActions['rotateSecret'] }) {
  const router = useRouter();
  const [revealed, setRevealed] = useState<RevealedSecret | null>(null);
  return (
    <>
      <ActionButton
        label="Rotate signing secret"
        confirm={{
          title: 'Rotate the signing secret?',
          message: 'Deliveries are signed with the new secret from now on; the old one stops at once.',
          confirmLabel: 'Rotate secret',
        }}
        run={() => rotateSecret({ endpoint_uuid: endpointUuid })}
        onSuccess={(data) => {
          setRevealed(signingSecretReveal(`New signing secret for ${url}`, data.endpoint, data.signingSecret));
          router.refresh();
        }}
      />
      {revealed ? <SecretDialog revealed={revealed} onDone={() => setRevealed(null)} /> : null}
    </>
  );
}
