'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import type { TeamActions } from './team-actions';
import type { MemberRow } from './team-rows';

/** Removes another member's login, after asking. */
export function RemoveMemberButton({ row, remove }: { row: MemberRow; remove: TeamActions['remove'] }) {
  const t = useTranslations('team');
  return (
    <ActionButton
      label={t('remove')}
      ariaLabel={t('removeName', { name: row.name })}
      align="end"
      confirm={{ title: t('removeTitle', { name: row.name }), message: t('removeMessage'), confirmLabel: t('removeConfirm'), destructive: true }}
      run={() => remove({ userId: row.id })}
    />
  );
}
