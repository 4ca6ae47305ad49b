import { useTranslations } from 'next-intl';
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
  const t = useTranslations('developers');
  return (
    <DataTable
      rows={clients}
      rowKey={(c) => c.clientId}
      empty={t('walletOnlyEmpty')}
      columns={[
        { header: t('clientId'), className: 'font-mono text-xs', cell: (c) => c.clientId },
        { header: t('secret'), className: 'font-mono text-xs', cell: (c) => `…${c.secretLastFour}` },
        { header: t('scopes'), className: 'font-mono text-xs', cell: (c) => c.scopes.join(' ') },
        { header: t('created'), className: 'text-slate-600', cell: (c) => formatDateTime(c.createdAt, formatting) },
        {
          header: t('lastUsed'),
          className: 'text-slate-600',
          cell: (c) => (c.revokedAt ? t('revoked', { date: formatDateTime(c.revokedAt, formatting) }) : c.lastUsedAt ? formatDateTime(c.lastUsedAt, formatting) : t('never')),
        },
      ]}
    />
  );
}
