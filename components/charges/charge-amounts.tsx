import { useTranslations } from 'next-intl';
import { Detail, DetailList } from '@/components/ui/details';
import { formatBalance } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { ChargeBody } from '@/lib/charges/serialize';
import type { WalletCurrency } from '@/lib/money/currency';

/** What the charge is for and where its money stands: captured, refunded, what remains refundable, our fee and the net. */
export function ChargeAmounts({ charge }: { charge: ChargeBody }) {
  const t = useTranslations('charge');
  const { locale } = useFormatting();
  const money = (decimal: string) => formatBalance(decimal, charge.currency as WalletCurrency, locale);
  return (
    <DetailList>
      <Detail term={t('amount')}>
        <span data-testid="charge-amount">{money(charge.local_currency)}</span>
        {charge.installment_count > 1 ? (
          <span className="ml-2 text-slate-500">{t('installments', { count: charge.installment_count, value: money(charge.installment_value) })}</span>
        ) : null}
      </Detail>
      <Detail term={t('captured')}>{money(charge.captured_amount)}</Detail>
      <Detail term={t('refunded')}>{money(charge.refunded_amount)}</Detail>
      <Detail term={t('remaining')}>
        <span data-testid="charge-remaining">{money(charge.amount_remaining)}</span>
      </Detail>
      <Detail term={t('fee')}>{money(charge.fee_amount)}</Detail>
      <Detail term={t('net')}>
        <span data-testid="charge-net">{money(charge.net_amount)}</span>
      </Detail>
    </DetailList>
  );
}
