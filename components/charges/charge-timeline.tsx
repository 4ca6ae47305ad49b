import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/ui/data-table';
import { formatDateTime, formatMoney } from '@/components/ui/format';
import { StatusBadge } from '@/components/ui/status-badge';
import { useFormatting } from '@/components/ui/use-formatting';
import type { ChargeStatus } from '@/db/schema';
import type { WalletCurrency } from '@/lib/money/currency';

export interface TimelineStep {
  id: string;
  at: Date;
  from: ChargeStatus | null;
  to: ChargeStatus;
  reason: string | null;
  amountMinor: bigint | null;
}

/** The platform's own reasons, translated; a merchant's or the acquirer's words are shown as they were written. */
const OWN_REASONS: Record<string, string> = {
  Captured: 'captured',
  Refunded: 'refunded',
  'Partial refund': 'partialRefund',
  'Canceled by the merchant': 'canceledByMerchant',
  '3DS authentication required': 'threeDsRequired',
  'Operation completed successfully': 'authorized',
};

/** Every status change of the charge, oldest first: when, from → to, why, and the amount it moved. */
export function ChargeTimeline({ steps, currency }: { steps: TimelineStep[]; currency: string }) {
  const t = useTranslations('charge');
  const formatting = useFormatting();
  const reason = (text: string | null) => (text === null ? '—' : OWN_REASONS[text] ? t(`reasons.${OWN_REASONS[text]}` as 'reasons.captured') : text);
  return (
    <DataTable
      rows={steps}
      rowKey={(step) => step.id}
      label={t('timeline')}
      empty={t('timelineEmpty')}
      columns={[
        { header: t('when'), className: 'whitespace-nowrap text-slate-600', cell: (step) => formatDateTime(step.at, formatting) },
        {
          header: t('change'),
          cell: (step) => (
            <span className="inline-flex flex-wrap items-center gap-1">
              {step.from && step.from !== step.to ? (
                <>
                  <StatusBadge kind="charge" status={step.from} />
                  <span aria-label={t('to')}>→</span>
                </>
              ) : null}
              <StatusBadge kind="charge" status={step.to} />
            </span>
          ),
        },
        { header: t('reason'), cell: (step) => reason(step.reason) },
        {
          header: t('movedAmount'),
          align: 'end',
          cell: (step) => (step.amountMinor === null ? '—' : formatMoney(step.amountMinor, currency as WalletCurrency, formatting.locale)),
        },
      ]}
    />
  );
}
