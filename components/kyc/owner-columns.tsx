import Link from 'next/link';
import { formatDocument } from '@/components/credit/masks';
import type { Column } from '@/components/ui/data-table';

interface OwnerRow {
  walletKey: string;
  ownerName: string | null;
  ownerDocumentNumber: string;
}

/** The owner (linking to the review) and their formatted document: the first columns of every KYC table. */
export function ownerColumns<Row extends OwnerRow>(t: (key: 'owner' | 'document') => string): Column<Row>[] {
  return [
    {
      header: t('owner'),
      cell: (row) => (
        <Link href={`/admin/kyc/${row.walletKey}`} className="text-brand-700 hover:underline">
          {row.ownerName ?? row.walletKey}
        </Link>
      ),
    },
    { header: t('document'), className: 'font-mono text-xs', cell: (row) => formatDocument(row.ownerDocumentNumber) },
  ];
}
