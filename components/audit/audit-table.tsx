import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/ui/data-table';
import { formatDateTime } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { AuditRow } from '@/lib/audit/queries';
import { AuditActor } from './audit-actor';
import { AuditDetails } from './audit-details';
import { useAuditLabels } from './use-audit-labels';

/** The audit trail, newest first; operators also see whose account each event belongs to. */
export function AuditTable({ rows, showAccount = false }: { rows: readonly AuditRow[]; showAccount?: boolean }) {
  const t = useTranslations('audit');
  const formatting = useFormatting();
  const labels = useAuditLabels();
  return (
    <DataTable
      framed
      label={t('table')}
      rows={rows}
      rowKey={(row) => row.id}
      rowLabel={(row) => `${labels.action(row.action)} ${formatDateTime(row.createdAt, formatting)}`}
      empty={t('empty')}
      columns={[
        { header: t('columns.when'), className: 'whitespace-nowrap', cell: (row) => formatDateTime(row.createdAt, formatting) },
        showAccount && { header: t('columns.account'), cell: (row) => row.accountName },
        { header: t('columns.who'), cell: (row) => <AuditActor row={row} /> },
        {
          header: t('columns.action'),
          cell: (row) => (
            <>
              {labels.action(row.action)}
              <span className="block font-mono text-xs text-slate-500">{row.action}</span>
            </>
          ),
        },
        {
          header: t('columns.subject'),
          cell: (row) => (
            <>
              {labels.subject(row.subjectType)}
              <span className="block break-all font-mono text-xs text-slate-500">{row.subjectId}</span>
            </>
          ),
        },
        { header: t('columns.details'), cell: (row) => <AuditDetails data={row.data} requestId={row.requestId} /> },
      ]}
    />
  );
}
