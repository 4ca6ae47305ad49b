import { useTranslations } from 'next-intl';
import { formatMoney } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { WalletCurrency } from '@/lib/money/currency';
import type { HoldingDay } from '@/lib/virtual-wallets/overview';
import { formatRatio } from './format-ratio';
import { HoldingChart } from './holding-chart';

/**
 * The holding's last days as a chart: each day's closing real balance, sum of virtual balances and
 * reserve ratio (`holdingHistory`, days in São Paulo), every figure written here, on the server,
 * from exact minor units.
 */
export function HoldingHistory({ days, currency, reserveRatioBps }: { days: HoldingDay[]; currency: WalletCurrency; reserveRatioBps: number }) {
  const t = useTranslations('virtualWallets.chart');
  const { locale } = useFormatting();
  const money = (minor: bigint) => formatMoney(minor, currency, locale);
  const ratio = (bps: number | null) => (bps === null ? t('noRatio') : formatRatio(bps, locale));
  // The days are São Paulo's calendar days already: written as dates, with no zone to shift them.
  const dayLabel = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return null;
  const configured = formatRatio(reserveRatioBps, locale);
  return (
    <div className="px-4 py-3">
      <HoldingChart
        currency={currency}
        configuredRatio={reserveRatioBps / 100}
        labels={{ real: t('real'), virtual: t('virtual'), ratio: t('ratio'), configured: t('configured', { ratio: configured }) }}
        summary={t('summary', {
          days: days.length,
          realFrom: money(first.available),
          realTo: money(last.available),
          virtualFrom: money(first.virtualTotal),
          virtualTo: money(last.virtualTotal),
          ratio: ratio(last.ratioBps),
          configured,
        })}
        points={days.map((day) => ({
          label: dayLabel.format(new Date(`${day.date}T12:00:00Z`)),
          real: Number(day.available),
          virtual: Number(day.virtualTotal),
          ratio: day.ratioBps === null ? null : day.ratioBps / 100,
          realText: money(day.available),
          virtualText: money(day.virtualTotal),
          ratioText: ratio(day.ratioBps),
        }))}
      />
      <p className="mt-1 text-xs text-slate-500">{t('timeZone')}</p>
    </div>
  );
}
