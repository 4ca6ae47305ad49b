import { useTranslations } from 'next-intl';
import { formatMoney } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { CurrencyVolume } from '@/lib/charges/volume';
import type { WalletCurrency } from '@/lib/money/currency';
import { VolumeChart } from './volume-chart';

/** Captured charge volume per day, one chart per currency, every figure written the reader's way. */
export function ChargeVolume({ volumes, days }: { volumes: CurrencyVolume[]; days: number }) {
  const t = useTranslations('volume');
  const { locale } = useFormatting();
  if (volumes.length === 0) return <p className="px-4 py-6 text-sm text-slate-600">{t('empty', { days })}</p>;
  // The days are the reader's calendar days already: written as dates, with no zone to shift them.
  const dayLabel = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return (
    <div className="flex flex-col gap-4 px-4 py-3">
      {volumes.map((volume) => {
        const currency = volume.currency as WalletCurrency;
        const total = formatMoney(volume.totalMinor, currency, locale);
        return (
          <section key={volume.currency} aria-label={t('ofCurrency', { currency: volume.currency })}>
            <h3 className="text-sm font-medium">
              {volume.currency} <span className="font-normal text-slate-600" data-testid={`volume-total-${volume.currency}`}>{t('total', { amount: total, days })}</span>
            </h3>
            <VolumeChart
              summary={t('summary', { currency: volume.currency, amount: total, days })}
              points={volume.days.map((day) => ({
                label: dayLabel.format(new Date(`${day.day}T00:00:00Z`)),
                amount: formatMoney(day.amountMinor, currency, locale),
                height: Number(day.amountMinor),
              }))}
            />
          </section>
        );
      })}
    </div>
  );
}
