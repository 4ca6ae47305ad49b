import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/ui/data-table';
import { formatDateTime, formatIsoDate } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { PayoutStatus } from '@/db/schema';
import { PayoutStatusBadge } from './payout-status-badge';

export interface PayoutStep {
  id: string;
  at: Date;
  from: PayoutStatus | null;
  to: PayoutStatus;
  reason: string | null;
}

/** The service's own reasons (lib/payouts), translated; anything else (a rail's words) is shown as written. */
const OWN_REASONS: Record<string, 'sent' | 'paid' | 'canceled' | 'rejected' | 'returned'> = {
  'Sent to the rail': 'sent',
  'Paid by the rail': 'paid',
  'Canceled by the merchant': 'canceled',
  'The receiving institution rejected the transfer': 'rejected',
  'The receiving institution returned the money': 'returned',
};
const SCHEDULED = /^Scheduled for (\d{4}-\d{2}-\d{2})$/;

/** Every status the payout went through, oldest first: when, from → to, and why. */
export function PayoutTimeline({ steps }: { steps: PayoutStep[] }) {
  const t = useTranslations('payouts');
  const formatting = useFormatting();
  const reason = (text: string | null) => {
    if (text === null) return '—';
    const scheduled = SCHEDULED.exec(text);
    if (scheduled) return t('reasons.scheduled', { date: formatIsoDate(scheduled[1]!, formatting.locale) });
    return OWN_REASONS[text] ? t(`reasons.${OWN_REASONS[text]}`) : text;
  };
  return (
    <DataTable
      rows={steps}
      rowKey={(step) => step.id}
      label={t('detail.timeline')}
      empty={t('detail.timelineEmpty')}
      columns={[
        { header: t('detail.when'), className: 'whitespace-nowrap text-slate-600', cell: (step) => formatDateTime(step.at, formatting) },
        {
          header: t('detail.change'),
          cell: (step) => (
            <span className="inline-flex flex-wrap items-center gap-1">
              {step.from ? (
                <>
                  <PayoutStatusBadge status={step.from} />
                  <span aria-label={t('detail.to')}>→</span>
                </>
              ) : null}
              <PayoutStatusBadge status={step.to} />
            </span>
          ),
        },
        { header: t('detail.reason'), cell: (step) => reason(step.reason) },
      ]}
    />
  );
}
