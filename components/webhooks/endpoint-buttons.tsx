'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { disableEndpointAction, enableEndpointAction, rotateEndpointSecretAction } from '@/app/dashboard/developers/webhooks/actions';
import { ActionButton } from '@/components/ui/action-button';
import { SecretDialog, type RevealedSecret } from '@/components/ui/secret-dialog';
import { signingSecretReveal } from './signing-secret-reveal';

/** Enables a disabled endpoint or disables an enabled one, then refreshes the page's data. */
export function EndpointToggleButton({ endpointUuid, status, label }: { endpointUuid: string; status: 'enabled' | 'disabled'; label?: string }) {
  const enabling = status === 'disabled';
  return (
    <ActionButton
      label={enabling ? 'Enable endpoint' : 'Disable endpoint'}
      ariaLabel={label}
      run={() => (enabling ? enableEndpointAction : disableEndpointAction)({ endpoint_uuid: endpointUuid })}
    />
  );
}

/** A new signing secret, revealed once; the old one stops at once, which the button's confirmation says. */
export function RotateSecretButton({ endpointUuid, url }: { endpointUuid: string; url: string }) {
  const router = useRouter();
  const [revealed, setRevealed] = useState<RevealedSecret | null>(null);
  return (
    <>
      <ActionButton
        label="Rotate signing secret"
        confirm="Rotate the signing secret? Deliveries are signed with the new secret from now on; the old one stops at once."
        run={() => rotateEndpointSecretAction({ endpoint_uuid: endpointUuid })}
        onSuccess={(data) => {
          setRevealed(signingSecretReveal(`New signing secret for ${url}`, data.endpoint, data.signingSecret));
          router.refresh();
        }}
      />
      {revealed ? <SecretDialog revealed={revealed} onDone={() => setRevealed(null)} /> : null}
    </>
  );
}
