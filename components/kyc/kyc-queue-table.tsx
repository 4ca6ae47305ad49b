import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/ui/data-table';
import { formatDateTime } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { KycQueueRow } from '@/lib/kyc/queue';
import { ownerColumns } from './owner-columns';

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
        ...ownerColumns<KycQueueRow>(t),
        { header: t('ownerType'), cell: (row) => (row.personType === 'legal' ? t('legal') : t('natural')) },
        { header: t('account'), cell: (row) => row.accountName },
        { header: t('waitingSince'), cell: (row) => formatDateTime(row.createdAt, formatting) },
      ]}
    />
  );
}
