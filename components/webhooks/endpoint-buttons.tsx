'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { disableEndpointAction, enableEndpointAction, rotateEndpointSecretAction } from '@/app/dashboard/developers/webhooks/actions';
import { secondaryButtonClass } from '@/components/ui/field';
import { SecretDialog, type RevealedSecret } from '@/components/ui/secret-dialog';
import { signingSecretReveal } from './signing-secret-reveal';

/** Enables a disabled endpoint or disables an enabled one, then refreshes the page's data. */
export function EndpointToggleButton({ endpointUuid, status, label }: { endpointUuid: string; status: 'enabled' | 'disabled'; label?: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const enabling = status === 'disabled';
  return (
    <div className="flex flex-col items-start gap-1">
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={pending}
        aria-label={label}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const run = enabling ? enableEndpointAction : disableEndpointAction;
            const result = await run({ endpoint_uuid: endpointUuid });
            if (!result.ok) setError(result.error.message);
            router.refresh();
          })
        }
      >
        {enabling ? 'Enable endpoint' : 'Disable endpoint'}
      </button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A new signing secret, revealed once; the old one stops at once, which the button's confirmation says. */
export function RotateSecretButton({ endpointUuid, url }: { endpointUuid: string; url: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [revealed, setRevealed] = useState<RevealedSecret | null>(null);
  return (
    <div className="flex flex-col items-start gap-1">
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            if (!window.confirm('Rotate the signing secret? Deliveries are signed with the new secret from now on; the old one stops at once.')) return;
            setError(null);
            const result = await rotateEndpointSecretAction({ endpoint_uuid: endpointUuid });
            if (!result.ok) return setError(result.error.message);
            setRevealed(signingSecretReveal(`New signing secret for ${url}`, result.data.endpoint, result.data.signingSecret));
            router.refresh();
          })
        }
      >
        Rotate signing secret
      </button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {revealed ? <SecretDialog revealed={revealed} onDone={() => setRevealed(null)} /> : null}
    </div>
  );
}
