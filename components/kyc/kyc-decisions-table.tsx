import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/ui/data-table';
import { formatDateTime } from '@/components/ui/format';
import { StatusBadge } from '@/components/ui/status-badge';
import { useFormatting } from '@/components/ui/use-formatting';
import type { KycDecisionRow } from '@/lib/kyc/decisions';
import { ownerColumns } from './owner-columns';

/** Past KYC decisions, newest first: the outcome, who took it, when, and why for a rejection. */
export function KycDecisionsTable({ rows }: { rows: KycDecisionRow[] }) {
  const t = useTranslations('kyc');
  const formatting = useFormatting();
  return (
    <DataTable
      framed
      label={t('decidedTable')}
      rows={rows}
      rowKey={(row) => row.walletKey}
      empty={t('noDecisions')}
      columns={[
        ...ownerColumns<KycDecisionRow>(t),
        { header: t('account'), cell: (row) => row.accountName },
        { header: t('outcome'), cell: (row) => (row.reason === null ? t('approvedOutcome') : t('rejectedOutcome')) },
        { header: t('decidedBy'), cell: (row) => row.decidedBy },
        { header: t('decidedAt'), cell: (row) => <time dateTime={row.decidedAt.toISOString()}>{formatDateTime(row.decidedAt, formatting)}</time> },
        { header: t('reason'), cell: (row) => row.reason ?? '—' },
        { header: t('statusNow'), cell: (row) => <StatusBadge kind="wallet" status={row.status} /> },
      ]}
    />
  );
}
