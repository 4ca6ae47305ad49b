import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import { AccountStatusBadge } from './account-status-badge';

export interface AccountListRow {
  entityUuid: string;
  name: string;
  platform: boolean;
  suspended: boolean;
  merchantCount: number;
  memberCount: number;
  /** Already formatted in the reader's zone. */
  created: string;
}

/** Every account, each linking to its page: status, merchants and members at a glance. */
export function AccountsTable({ rows }: { rows: AccountListRow[] }) {
  const t = useTranslations('adminAccounts');
  return (
    <DataTable
      framed
      label={t('title')}
      rows={rows}
      rowKey={(row) => row.entityUuid}
      rowLabel={(row) => row.name}
      empty={t('empty')}
      columns={[
        {
          header: t('name'),
          className: 'font-medium',
          cell: (row) => (
            <>
              <Link href={`/admin/accounts/${row.entityUuid}`} className="text-brand-700 hover:underline">
                {row.name}
              </Link>
              {row.platform ? <span className="block text-xs font-normal text-slate-500">{t('platformAccount')}</span> : null}
            </>
          ),
        },
        { header: t('status'), cell: (row) => <AccountStatusBadge suspended={row.suspended} /> },
        { header: t('merchants'), align: 'end', cell: (row) => row.merchantCount },
        { header: t('members'), align: 'end', cell: (row) => row.memberCount },
        { header: t('created'), className: 'text-slate-600', cell: (row) => row.created },
        { header: t('entityUuid'), className: 'font-mono text-xs text-slate-600', cell: (row) => row.entityUuid },
      ]}
    />
  );
}
