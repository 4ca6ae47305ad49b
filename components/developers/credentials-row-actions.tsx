'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ActionButton } from '@/components/ui/action-button';
import { clientCredentials, SecretDialog, type RevealedSecret } from '@/components/ui/secret-dialog';
import type { ActionResult } from '@/lib/actions/run-action';
import type { CredentialsRow } from './credentials-row';

type ClientInput = { clientId: string };

/** The server actions a credential's buttons run, passed down by the page. */
export interface CredentialsActions {
  rotate: (input: ClientInput) => Promise<ActionResult<{ client: CredentialsRow; clientSecret: string }>>;
  revoke: (input: ClientInput) => Promise<ActionResult<{ client: CredentialsRow }>>;
}

/** Rotate (the new secret revealed once) and revoke, each after a confirmation. */
export function CredentialsRowActions({ row, actions }: { row: CredentialsRow; actions: CredentialsActions }) {
  const router = useRouter();
  const [revealed, setRevealed] = useState<RevealedSecret | null>(null);
  return (
    <div className="flex gap-2">
      <ActionButton
        label="Rotate secret"
        ariaLabel={`Rotate secret of ${row.name}`}
        confirm={{
          title: `Rotate the secret of ${row.name}?`,
          message: 'A new secret is shown once; the current one keeps working for a grace period, so you can switch without downtime.',
          confirmLabel: 'Rotate secret',
        }}
        run={() => actions.rotate({ clientId: row.clientId })}
        onSuccess={(data) => {
          setRevealed(
            clientCredentials(`New secret for ${row.name}`, data.client.clientId, data.clientSecret, {
              note: `The previous secret keeps working until ${data.client.previousSecretUntil}, so you can switch without downtime.`,
            }),
          );
          router.refresh();
        }}
      />
      <ActionButton
        label="Revoke"
        ariaLabel={`Revoke ${row.name}`}
        confirm={{
          title: `Revoke ${row.name}?`,
          message: 'Its tokens and secrets stop working at once. This cannot be undone.',
          confirmLabel: `Confirm revoke ${row.name}`,
          destructive: true,
        }}
        run={() => actions.revoke({ clientId: row.clientId })}
      />
      {revealed ? <SecretDialog revealed={revealed} onDone={() => setRevealed(null)} /> : null}
    </div>
  );
}
