import Link from 'next/link';
import type { wallet } from '@/db/schema';
import type { WalletCurrency } from '@/lib/money/currency';
import { toWalletBody } from '@/lib/wallets/serialize';
import { formatBalance, formatDateTime } from './format';
import { StatusBadge } from './status-badge';

type WalletRow = typeof wallet.$inferSelect;

export function WalletTable({ rows, merchantNames }: { rows: WalletRow[]; merchantNames: Map<string, string> }) {
  if (rows.length === 0) {
    return <p className="rounded-lg border border-slate-200 bg-white px-4 py-6 text-sm text-slate-600">No payment wallets match.</p>;
  }
  return (
    <table className="w-full rounded-lg border border-slate-200 bg-white text-sm">
      <thead className="text-left text-slate-500">
        <tr>
          <th className="px-4 py-2 font-medium">Wallet</th>
          <th className="px-4 py-2 font-medium">Merchant</th>
          <th className="px-4 py-2 font-medium">Currency</th>
          <th className="px-4 py-2 font-medium">Status</th>
          <th className="px-4 py-2 text-right font-medium">Balance</th>
          <th className="px-4 py-2 font-medium">Created</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          // The same decimal text the API answers, so the page and the API never disagree.
          const body = toWalletBody(row);
          return (
            <tr key={row.walletUuid} className="border-t border-slate-100">
              <td className="px-4 py-2">
                <Link href={`/dashboard/wallets/${row.walletUuid}`} className="font-medium text-brand-700 hover:underline">
                  {row.name}
                </Link>
                <p className="text-xs text-slate-500">{row.customerId}</p>
              </td>
              <td className="px-4 py-2">{merchantNames.get(row.merchantUuid ?? '') ?? '—'}</td>
              <td className="px-4 py-2 font-mono text-xs">{row.currency}</td>
              <td className="px-4 py-2">
                <StatusBadge status={row.status} />
              </td>
              <td className="px-4 py-2 text-right tabular-nums">{formatBalance(body.balance, row.currency as WalletCurrency)}</td>
              <td className="px-4 py-2 text-slate-600">{formatDateTime(row.createdAt)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
