import Link from 'next/link';
import { formatDateTime } from '@/components/wallets/format';
import { StatusBadge } from '@/components/wallets/status-badge';
import type { CreditWalletRow } from '@/lib/credit/queries';
import { formatDocument } from './masks';

export function CreditWalletTable({ rows }: { rows: CreditWalletRow[] }) {
  if (rows.length === 0) {
    return <p className="rounded-lg border border-slate-200 bg-white px-4 py-6 text-sm text-slate-600">No credit wallets match.</p>;
  }
  return (
    <table className="w-full rounded-lg border border-slate-200 bg-white text-sm">
      <thead className="text-left text-slate-500">
        <tr>
          <th className="px-4 py-2 font-medium">Owner</th>
          <th className="px-4 py-2 font-medium">CPF / CNPJ</th>
          <th className="px-4 py-2 font-medium">Type</th>
          <th className="px-4 py-2 font-medium">Status</th>
          <th className="px-4 py-2 font-medium">Created</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.walletKey} className="border-t border-slate-100">
            <td className="px-4 py-2">
              <Link href={`/dashboard/wallets/credit/${row.walletKey}`}>{row.name ?? row.walletKey}</Link>
            </td>
            <td className="px-4 py-2 font-mono text-xs">{formatDocument(row.ownerDocumentNumber)}</td>
            <td className="px-4 py-2">{row.walletType === 'payroll' ? 'Payroll' : 'Default'}</td>
            <td className="px-4 py-2">
              <StatusBadge status={row.status} />
            </td>
            <td className="px-4 py-2">{formatDateTime(row.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
