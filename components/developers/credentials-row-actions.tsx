'use client';

import { useTranslations } from 'next-intl';
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
  const t = useTranslations();
  const router = useRouter();
  const [revealed, setRevealed] = useState<RevealedSecret | null>(null);
  return (
    <div className="flex gap-2">
      <ActionButton
        label={t('developers.rotateSecret')}
        ariaLabel={t('developers.rotateSecretOf', { name: row.name })}
        confirm={{
          title: t('developers.rotateTitle', { name: row.name }),
          message: t('developers.rotateMessage'),
          confirmLabel: t('developers.rotateSecret'),
        }}
        run={() => actions.rotate({ clientId: row.clientId })}
        onSuccess={(data) => {
          setRevealed(
            clientCredentials(t('developers.newSecretFor', { name: row.name }), data.client.clientId, data.clientSecret, {
              labels: { id: t('secretDialog.clientId'), secret: t('secretDialog.clientSecret') },
              note: t('developers.previousSecretNote', { date: data.client.previousSecretUntil ?? '' }),
            }),
          );
          router.refresh();
        }}
      />
      <ActionButton
        label={t('developers.revoke')}
        ariaLabel={t('developers.revokeName', { name: row.name })}
        confirm={{
          title: t('developers.revokeTitle', { name: row.name }),
          message: t('developers.revokeMessage'),
          confirmLabel: t('developers.revokeConfirm', { name: row.name }),
          destructive: true,
        }}
        run={() => actions.revoke({ clientId: row.clientId })}
      />
      {revealed ? <SecretDialog revealed={revealed} onDone={() => setRevealed(null)} /> : null}
    </div>
  );
}
