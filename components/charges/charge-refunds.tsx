import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/ui/data-table';
import { formatBalance, formatDateTime } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { ChargeBody } from '@/lib/charges/serialize';
import type { WalletCurrency } from '@/lib/money/currency';

/** The charge's refunds, oldest first. */
export function ChargeRefunds({ charge }: { charge: ChargeBody }) {
  const t = useTranslations('charge');
  const formatting = useFormatting();
  return (
    <DataTable
      rows={charge.refunds}
      rowKey={(refund) => refund.refund_uuid}
      label={t('refunds')}
      empty={t('refundsEmpty')}
      columns={[
        { header: t('when'), className: 'whitespace-nowrap text-slate-600', cell: (refund) => formatDateTime(new Date(refund.created_at), formatting) },
        { header: t('reason'), cell: (refund) => refund.reason ?? '—' },
        { header: t('refundAmount'), align: 'end', cell: (refund) => formatBalance(refund.amount, charge.currency as WalletCurrency, formatting.locale) },
      ]}
    />
  );
}
