'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { ActionButton } from '@/components/ui/action-button';
import type { InvitationActions, IssuedLink } from './team-actions';
import type { InvitationRow } from './team-rows';

/** Resend (a new link, shown once; the old one stops working) and revoke, the latter after asking. */
export function InvitationRowActions({ row, actions, onIssued }: { row: InvitationRow; actions: InvitationActions; onIssued: (issued: IssuedLink) => void }) {
  const t = useTranslations('team');
  const router = useRouter();
  return (
    <div className="flex justify-end gap-2">
      <ActionButton
        label={t('resend')}
        ariaLabel={t('resendEmail', { email: row.email })}
        run={() => actions.resend({ invitationId: row.id })}
        onSuccess={(issued) => {
          onIssued(issued);
          router.refresh();
        }}
      />
      <ActionButton
        label={t('revoke')}
        ariaLabel={t('revokeEmail', { email: row.email })}
        confirm={{ title: t('revokeTitle', { email: row.email }), message: t('revokeMessage'), confirmLabel: t('revokeConfirm'), destructive: true }}
        run={() => actions.revoke({ invitationId: row.id })}
      />
    </div>
  );
}
