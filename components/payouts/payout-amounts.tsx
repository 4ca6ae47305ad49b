import { useTranslations } from 'next-intl';
import { Detail, DetailList } from '@/components/ui/details';
import { formatMoney } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { WalletCurrency } from '@/lib/money/currency';

/** What the payout took from the wallet: the amount sent, the fee, and their sum. */
export function PayoutAmounts({ amountMinor, feeMinor, currency }: { amountMinor: bigint; feeMinor: bigint; currency: string }) {
  const t = useTranslations('payouts.detail');
  const { locale } = useFormatting();
  const money = (minor: bigint) => formatMoney(minor, currency as WalletCurrency, locale);
  return (
    <DetailList>
      <Detail term={t('amount')}>
        <span data-testid="payout-amount">{money(amountMinor)}</span>
      </Detail>
      <Detail term={t('fee')}>
        <span data-testid="payout-fee">{money(feeMinor)}</span>
      </Detail>
      <Detail term={t('total')}>
        <span data-testid="payout-total" className="font-semibold">
          {money(amountMinor + feeMinor)}
        </span>
      </Detail>
    </DetailList>
  );
}
