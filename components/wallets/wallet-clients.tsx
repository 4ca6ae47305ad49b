import { DataTable } from '@/components/ui/data-table';
import { formatDateTime } from '@/components/ui/format';

interface WalletClient {
  clientId: string;
  secretLastFour: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** The wallet's own API clients: enough to recognise each one, never a secret. */
export function WalletClients({ clients }: { clients: WalletClient[] }) {
  return (
    <DataTable
      rows={clients}
      rowKey={(c) => c.clientId}
      empty="No credentials act for this wallet alone; account credentials reach it."
      columns={[
        { header: 'Client ID', className: 'font-mono text-xs', cell: (c) => c.clientId },
        { header: 'Secret', className: 'font-mono text-xs', cell: (c) => `…${c.secretLastFour}` },
        { header: 'Scopes', className: 'font-mono text-xs', cell: (c) => c.scopes.join(' ') },
        { header: 'Created', className: 'text-slate-600', cell: (c) => formatDateTime(c.createdAt) },
        {
          header: 'Last used',
          className: 'text-slate-600',
          cell: (c) => (c.revokedAt ? `Revoked ${formatDateTime(c.revokedAt)}` : c.lastUsedAt ? formatDateTime(c.lastUsedAt) : 'Never'),
        },
      ]}
    />
  );
}
