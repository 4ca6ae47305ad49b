import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/ui/data-table';
import { MemberRoleSelect } from './member-role-select';
import { RemoveMemberButton } from './remove-member-button';
import type { TeamActions } from './team-actions';
import type { MemberRow } from './team-rows';

/** The account's logins; a team manager also changes roles and removes members, as far as their own role goes. */
export function MembersTable({ rows, actions }: { rows: MemberRow[]; actions: TeamActions | null }) {
  const t = useTranslations();
  return (
    <DataTable
      rows={rows}
      rowKey={(row) => row.id}
      rowLabel={(row) => `${row.name} ${row.email}`}
      // Never shown: the reader is a member.
      empty=""
      label={t('team.membersTitle')}
      columns={[
        {
          header: t('team.name'),
          className: 'font-medium',
          cell: (row) => (
            <>
              {row.name}
              {row.isYou ? <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-normal text-slate-600">{t('team.you')}</span> : null}
            </>
          ),
        },
        { header: t('team.email'), cell: (row) => row.email },
        { header: t('team.role'), cell: (row) => (actions && row.assignable.length ? <MemberRoleSelect row={row} changeRole={actions.changeRole} /> : t(`roles.${row.role}`)) },
        { header: t('team.since'), className: 'text-slate-600', cell: (row) => row.since },
        actions && {
          header: t('team.actions'),
          hideHeader: true,
          cell: (row) => (row.removable ? <RemoveMemberButton row={row} remove={actions.remove} /> : null),
        },
      ]}
    />
  );
}
