import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { formatDocument } from '@/components/credit/masks';
import { DataTable } from '@/components/ui/data-table';
import { formatDateTime } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { KycQueueRow } from '@/lib/kyc/queue';

/** Pending wallets, oldest first: the one at the top has waited longest. */
export function KycQueueTable({ rows }: { rows: KycQueueRow[] }) {
  const formatting = useFormatting();
  const t = useTranslations('kyc');
  return (
    <DataTable
      framed
      label={t('queueTable')}
      rows={rows}
      rowKey={(row) => row.walletKey}
      empty={t('queueEmpty')}
      columns={[
        {
          header: t('owner'),
          cell: (row) => (
            <Link href={`/admin/kyc/${row.walletKey}`} className="text-brand-700 hover:underline">
              {row.ownerName ?? row.walletKey}
            </Link>
          ),
        },
        { header: t('document'), className: 'font-mono text-xs', cell: (row) => formatDocument(row.ownerDocumentNumber) },
        { header: t('ownerType'), cell: (row) => (row.personType === 'legal' ? t('legal') : t('natural')) },
        { header: t('account'), cell: (row) => row.accountName },
        { header: t('waitingSince'), cell: (row) => formatDateTime(row.createdAt, formatting) },
      ]}
    />
  );
}
