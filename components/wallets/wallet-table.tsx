import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { wallet } from '@/db/schema';
import { DataTable } from '@/components/ui/data-table';
import { formatBalance, formatDateTime } from '@/components/ui/format';
import { StatusBadge } from '@/components/ui/status-badge';
import { useFormatting } from '@/components/ui/use-formatting';
import type { WalletCurrency } from '@/lib/money/currency';
import { toWalletBody } from '@/lib/wallets/serialize';

type WalletRow = typeof wallet.$inferSelect;

/** `balances`: each row's available balance in minor units (lib/ledger/balances.ts `availableBalances`). */
export function WalletTable({ rows, balances, merchantNames }: { rows: WalletRow[]; balances: Map<string, bigint>; merchantNames: Map<string, string> }) {
  const t = useTranslations('wallets');
  const formatting = useFormatting();
  return (
    <DataTable
      framed
      rows={rows}
      rowKey={(row) => row.walletUuid}
      empty={t('empty')}
      columns={[
        {
          header: t('wallet'),
          cell: (row) => (
            <>
              <Link href={`/dashboard/wallets/${row.walletUuid}`} className="font-medium text-brand-700 hover:underline">
                {row.name}
              </Link>
              <p className="text-xs text-slate-500">{row.customerId}</p>
            </>
          ),
        },
        { header: t('merchant'), cell: (row) => merchantNames.get(row.merchantUuid ?? '') ?? '—' },
        { header: t('currency'), className: 'font-mono text-xs', cell: (row) => row.currency },
        { header: t('status'), cell: (row) => <StatusBadge kind="wallet" status={row.status} /> },
        // The same decimal text the API answers, so the page and the API never disagree.
        { header: t('balance'), align: 'end', cell: (row) => formatBalance(toWalletBody(row, balances.get(row.walletUuid) ?? 0n).balance, row.currency as WalletCurrency, formatting.locale) },
        { header: t('created'), className: 'text-slate-600', cell: (row) => formatDateTime(row.createdAt, formatting) },
      ]}
    />
  );
}
