import Link from 'next/link';
import { formatDocument } from '@/components/credit/masks';
import { formatDateTime } from '@/components/wallets/format';
import type { KycQueueRow } from '@/lib/kyc/queue';

/** Pending wallets, oldest first: the one at the top has waited longest. */
export function KycQueueTable({ rows }: { rows: KycQueueRow[] }) {
  if (rows.length === 0) {
    return <p className="rounded-lg border border-slate-200 bg-white px-4 py-6 text-sm text-slate-600">No wallets wait for review.</p>;
  }
  return (
    <table aria-label="Wallets waiting for review" className="w-full rounded-lg border border-slate-200 bg-white text-sm">
      <thead className="text-left text-slate-500">
        <tr>
          <th className="px-4 py-2 font-medium">Owner</th>
          <th className="px-4 py-2 font-medium">CPF / CNPJ</th>
          <th className="px-4 py-2 font-medium">Owner type</th>
          <th className="px-4 py-2 font-medium">Account</th>
          <th className="px-4 py-2 font-medium">Waiting since</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.walletKey} className="border-t border-slate-100">
            <td className="px-4 py-2">
              <Link href={`/admin/kyc/${row.walletKey}`} className="text-brand-700 hover:underline">
                {row.ownerName ?? row.walletKey}
              </Link>
            </td>
            <td className="px-4 py-2 font-mono text-xs">{formatDocument(row.ownerDocumentNumber)}</td>
            <td className="px-4 py-2">{row.personType === 'legal' ? 'Legal' : 'Natural'}</td>
            <td className="px-4 py-2">{row.accountName}</td>
            <td className="px-4 py-2">{formatDateTime(row.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
