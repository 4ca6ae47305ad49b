import { DataTable } from '@/components/ui/data-table';
import { formatDateTime } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';

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
  const formatting = useFormatting();
  return (
    <DataTable
      rows={clients}
      rowKey={(c) => c.clientId}
      empty="No credentials act for this wallet alone; account credentials reach it."
      columns={[
        { header: 'Client ID', className: 'font-mono text-xs', cell: (c) => c.clientId },
        { header: 'Secret', className: 'font-mono text-xs', cell: (c) => `…${c.secretLastFour}` },
        { header: 'Scopes', className: 'font-mono text-xs', cell: (c) => c.scopes.join(' ') },
        { header: 'Created', className: 'text-slate-600', cell: (c) => formatDateTime(c.createdAt, formatting) },
        {
          header: 'Last used',
          className: 'text-slate-600',
          cell: (c) => (c.revokedAt ? `Revoked ${formatDateTime(c.revokedAt, formatting)}` : c.lastUsedAt ? formatDateTime(c.lastUsedAt, formatting) : 'Never'),
        },
      ]}
    />
  );
}
