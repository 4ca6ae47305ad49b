import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import { formatDateTime } from '@/components/ui/format';
import { StatusBadge } from '@/components/ui/status-badge';
import type { CreditWalletRow } from '@/lib/credit/queries';
import { formatDocument } from './masks';

export function CreditWalletTable({ rows }: { rows: CreditWalletRow[] }) {
  return (
    <DataTable
      framed
      rows={rows}
      rowKey={(row) => row.walletKey}
      empty="No credit wallets match."
      columns={[
        { header: 'Owner', cell: (row) => <Link href={`/dashboard/wallets/credit/${row.walletKey}`}>{row.name ?? row.walletKey}</Link> },
        { header: 'CPF / CNPJ', className: 'font-mono text-xs', cell: (row) => formatDocument(row.ownerDocumentNumber) },
        { header: 'Type', cell: (row) => (row.walletType === 'payroll' ? 'Payroll' : 'Default') },
        { header: 'Status', cell: (row) => <StatusBadge kind="wallet" status={row.status} /> },
        { header: 'Created', cell: (row) => formatDateTime(row.createdAt) },
      ]}
    />
  );
}
