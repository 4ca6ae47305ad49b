import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import { formatDateTime, formatMoney } from '@/components/ui/format';
import { StatusBadge } from '@/components/ui/status-badge';
import { useFormatting } from '@/components/ui/use-formatting';
import type { WalletCurrency } from '@/lib/money/currency';
import type { VirtualWalletView } from '@/lib/virtual-wallets/queries';

/** A page of a holding's virtual wallets: the customer (a link to the wallet) and reference, status, balance. */
export function VirtualWalletTable({ rows, filtered }: { rows: VirtualWalletView[]; filtered: boolean }) {
  const t = useTranslations('virtualWallets.list');
  const formatting = useFormatting();
  return (
    <DataTable
      rows={rows}
      rowKey={(row) => row.virtualWalletUuid}
      rowLabel={(row) => row.reference}
      label={t('title')}
      empty={filtered ? t('emptyFiltered') : t('empty')}
      columns={[
        {
          header: t('name'),
          cell: (row) => (
            <>
              <Link href={`/dashboard/wallets/${row.walletUuid}/virtual/${row.virtualWalletUuid}`} className="font-medium text-brand-700 hover:underline">
                {row.name}
              </Link>
              <p className="font-mono text-xs text-slate-500">{row.reference}</p>
            </>
          ),
        },
        { header: t('status'), cell: (row) => <StatusBadge kind="virtualWallet" status={row.status} /> },
        { header: t('balance'), align: 'end', cell: (row) => formatMoney(row.balanceMinor, row.currency as WalletCurrency, formatting.locale) },
        { header: t('created'), className: 'whitespace-nowrap text-slate-600', cell: (row) => formatDateTime(row.createdAt, formatting) },
      ]}
    />
  );
}
