import { DataTable } from '@/components/ui/data-table';
import { CredentialsRowActions, type CredentialsActions } from './credentials-row-actions';
import type { CredentialsRow } from './credentials-row';

/** Every credential of the account: enough to recognise each one, never a secret. */
export function CredentialsTable({ rows, actions }: { rows: CredentialsRow[]; actions: CredentialsActions }) {
  return (
    <DataTable
      rows={rows}
      rowKey={(row) => row.clientId}
      rowLabel={(row) => row.name}
      empty="No credentials yet. Create some above to call the API."
      columns={[
        {
          header: 'Name',
          className: 'font-medium',
          cell: (row) => (
            <>
              {row.name}
              {row.walletUuid ? <span className="block text-xs font-normal text-slate-500">Wallet {row.walletUuid}</span> : null}
            </>
          ),
        },
        { header: 'Client ID', className: 'font-mono text-xs', cell: (row) => row.clientId },
        { header: 'Secret', className: 'font-mono text-xs', cell: (row) => `…${row.secretLastFour}` },
        { header: 'Scopes', className: 'font-mono text-xs', cell: (row) => row.scopes.join(' ') },
        { header: 'Created', className: 'text-slate-600', cell: (row) => row.created },
        { header: 'Last used', className: 'text-slate-600', cell: (row) => row.lastUsed ?? 'Never' },
        {
          header: 'Status',
          cell: (row) => (
            <>
              {row.revoked ? <span className="text-red-700">Revoked {row.revoked}</span> : <span className="text-emerald-700">Active</span>}
              {!row.revoked && row.previousSecretUntil ? (
                <span className="block text-xs text-slate-500">Previous secret valid until {row.previousSecretUntil}</span>
              ) : null}
            </>
          ),
        },
        { header: 'Actions', hideHeader: true, cell: (row) => (row.revoked ? null : <CredentialsRowActions row={row} actions={actions} />) },
      ]}
    />
  );
}
