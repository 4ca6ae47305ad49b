import Link from 'next/link';
import { formatDocument } from '@/components/credit/masks';
import { DataTable } from '@/components/ui/data-table';
import { formatDateTime } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { KycQueueRow } from '@/lib/kyc/queue';

/** Pending wallets, oldest first: the one at the top has waited longest. */
export function KycQueueTable({ rows }: { rows: KycQueueRow[] }) {
  const formatting = useFormatting();
  return (
    <DataTable
      framed
      label="Wallets waiting for review"
      rows={rows}
      rowKey={(row) => row.walletKey}
      empty="No wallets wait for review."
      columns={[
        {
          header: 'Owner',
          cell: (row) => (
            <Link href={`/admin/kyc/${row.walletKey}`} className="text-brand-700 hover:underline">
              {row.ownerName ?? row.walletKey}
            </Link>
          ),
        },
        { header: 'CPF / CNPJ', className: 'font-mono text-xs', cell: (row) => formatDocument(row.ownerDocumentNumber) },
        { header: 'Owner type', cell: (row) => (row.personType === 'legal' ? 'Legal' : 'Natural') },
        { header: 'Account', cell: (row) => row.accountName },
        { header: 'Waiting since', cell: (row) => formatDateTime(row.createdAt, formatting) },
      ]}
    />
  );
}
