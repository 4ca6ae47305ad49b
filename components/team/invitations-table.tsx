'use client';

import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/ui/data-table';
import { InvitationRowActions } from './invitation-row-actions';
import type { InvitationActions, IssuedLink } from './team-actions';
import type { InvitationRow } from './team-rows';

/** The account's invitations waiting for an answer; an expired one stays listed, to be resent. */
export function InvitationsTable({ rows, actions, onIssued }: { rows: InvitationRow[]; actions: InvitationActions | null; onIssued: (issued: IssuedLink) => void }) {
  const t = useTranslations();
  return (
    <DataTable
      rows={rows}
      rowKey={(row) => row.id}
      rowLabel={(row) => row.email}
      empty={t('team.noInvitations')}
      label={t('team.invitationsTitle')}
      columns={[
        { header: t('team.email'), className: 'font-medium', cell: (row) => row.email },
        { header: t('team.role'), cell: (row) => t(`roles.${row.role}`) },
        {
          header: t('team.expires'),
          className: 'text-slate-600',
          cell: (row) =>
            row.expired ? <span className="text-red-700">{t('team.expiredOn', { date: row.expires })}</span> : t('team.expiresOn', { date: row.expires }),
        },
        actions && {
          header: t('team.actions'),
          hideHeader: true,
          cell: (row) => (row.manageable ? <InvitationRowActions row={row} actions={actions} onIssued={onIssued} /> : null),
        },
      ]}
    />
  );
}
