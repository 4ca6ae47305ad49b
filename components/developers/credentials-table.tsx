import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/ui/data-table';
import { CredentialsRowActions, type CredentialsActions } from './credentials-row-actions';
import type { CredentialsRow } from './credentials-row';

/** Every credential of the account: enough to recognise each one, never a secret. Without actions (a role that may not manage credentials) it is read-only. */
export function CredentialsTable({ rows, actions }: { rows: CredentialsRow[]; actions: CredentialsActions | null }) {
  const t = useTranslations('developers');
  return (
    <DataTable
      rows={rows}
      rowKey={(row) => row.clientId}
      rowLabel={(row) => row.name}
      empty={t('empty')}
      columns={[
        {
          header: t('name'),
          className: 'font-medium',
          cell: (row) => (
            <>
              {row.name}
              {row.walletUuid ? <span className="block text-xs font-normal text-slate-500">{t('wallet', { wallet: row.walletUuid })}</span> : null}
            </>
          ),
        },
        { header: t('clientId'), className: 'font-mono text-xs', cell: (row) => row.clientId },
        { header: t('secret'), className: 'font-mono text-xs', cell: (row) => `…${row.secretLastFour}` },
        { header: t('scopes'), className: 'font-mono text-xs', cell: (row) => row.scopes.join(' ') },
        { header: t('created'), className: 'text-slate-600', cell: (row) => row.created },
        { header: t('lastUsed'), className: 'text-slate-600', cell: (row) => row.lastUsed ?? t('never') },
        {
          header: t('status'),
          cell: (row) => (
            <>
              {row.revoked ? <span className="text-red-700">{t('revoked', { date: row.revoked })}</span> : <span className="text-emerald-700">{t('active')}</span>}
              {!row.revoked && row.previousSecretUntil ? (
                <span className="block text-xs text-slate-500">{t('previousSecret', { date: row.previousSecretUntil })}</span>
              ) : null}
            </>
          ),
        },
        { header: t('actions'), hideHeader: true, cell: (row) => (row.revoked || !actions ? null : <CredentialsRowActions row={row} actions={actions} />) },
      ]}
    />
  );
}
