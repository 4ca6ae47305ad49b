'use client';

import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import type { ActionResult } from '@/lib/actions/run-action';

/** The reader leaves the team, after asking; their login is gone, so they are signed out. The last owner is refused. */
export function LeaveTeamButton({ userId, leave }: { userId: string; leave: (input: { userId: string }) => Promise<ActionResult<{ userId: string }>> }) {
  const t = useTranslations('team');
  return (
    <ActionButton
      label={t('leave')}
      confirm={{ title: t('leaveConfirmTitle'), message: t('leaveMessage'), confirmLabel: t('leaveConfirm'), destructive: true }}
      run={() => leave({ userId })}
      onSuccess={() => signOut({ callbackUrl: '/login' })}
    />
  );
}
