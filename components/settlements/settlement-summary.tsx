import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { Detail, DetailList } from '@/components/ui/details';
import { formatIsoDate, formatMoney } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { WalletCurrency } from '@/lib/money/currency';
import type { SettlementListRow } from './settlements-table';

/** A settlement's day, wallet and totals: gross − fees − refunded = net, as its lines add up. */
export function SettlementSummary({ settlement, walletUuid }: { settlement: SettlementListRow; walletUuid: string }) {
  const t = useTranslations('settlements.detail');
  const { locale } = useFormatting();
  const money = (minor: bigint) => formatMoney(minor, settlement.currency as WalletCurrency, locale);
  return (
    <DetailList>
      <Detail term={t('date')}>{formatIsoDate(settlement.settlementDate, locale)}</Detail>
      <Detail term={t('wallet')}>
        <Link href={`/dashboard/wallets/${walletUuid}`} className="text-brand-700 hover:underline">
          {settlement.walletLabel}
        </Link>
      </Detail>
      <Detail term={t('currency')}>{settlement.currency}</Detail>
      <Detail term={t('charges')}>{settlement.lineCount}</Detail>
      <Detail term={t('gross')}>{money(settlement.grossMinor)}</Detail>
      <Detail term={t('fees')}>{money(settlement.feesMinor)}</Detail>
      <Detail term={t('refunded')}>{money(settlement.refundedNetMinor)}</Detail>
      <Detail term={t('net')}>
        <span className="font-semibold" data-testid="settlement-net">
          {money(settlement.netMinor)}
        </span>
      </Detail>
      <Detail term={t('settlementId')} mono>
        {settlement.settlementUuid}
      </Detail>
    </DetailList>
  );
}
