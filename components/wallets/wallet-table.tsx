import Link from 'next/link';
import type { wallet } from '@/db/schema';
import { DataTable } from '@/components/ui/data-table';
import { formatBalance, formatDateTime } from '@/components/ui/format';
import { StatusBadge } from '@/components/ui/status-badge';
import type { WalletCurrency } from '@/lib/money/currency';
import { toWalletBody } from '@/lib/wallets/serialize';

type WalletRow = typeof wallet.$inferSelect;

export function WalletTable({ rows, merchantNames }: { rows: WalletRow[]; merchantNames: Map<string, string> }) {
  return (
    <DataTable
      framed
      rows={rows}
      rowKey={(row) => row.walletUuid}
      empty="No payment wallets match."
      columns={[
        {
          header: 'Wallet',
          cell: (row) => (
            <>
              <Link href={`/dashboard/wallets/${row.walletUuid}`} className="font-medium text-brand-700 hover:underline">
                {row.name}
              </Link>
              <p className="text-xs text-slate-500">{row.customerId}</p>
            </>
          ),
        },
        { header: 'Merchant', cell: (row) => merchantNames.get(row.merchantUuid ?? '') ?? '—' },
        { header: 'Currency', className: 'font-mono text-xs', cell: (row) => row.currency },
        { header: 'Status', cell: (row) => <StatusBadge kind="wallet" status={row.status} /> },
        // The same decimal text the API answers, so the page and the API never disagree.
        { header: 'Balance', align: 'end', cell: (row) => formatBalance(toWalletBody(row).balance, row.currency as WalletCurrency) },
        { header: 'Created', className: 'text-slate-600', cell: (row) => formatDateTime(row.createdAt) },
      ]}
    />
  );
}
