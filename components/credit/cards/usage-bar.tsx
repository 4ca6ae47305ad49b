import { useTranslations } from 'next-intl';
import { formatMoney } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';

/** Tenths of a percent of `limit` that `used` takes, in integers (no float ever sees the amounts), clamped to 0–100 %. */
function usedPermille(usedMinor: bigint, limitMinor: bigint): number {
  if (limitMinor <= 0n) return usedMinor > 0n ? 1000 : 0;
  const permille = (usedMinor * 1000n) / limitMinor;
  return Number(permille < 0n ? 0n : permille > 1000n ? 1000n : permille);
}

/**
 * A limit as used / available: a meter (named by `label`, its value told in BRL as the reader
 * writes it) over the used, available and total amounts.
 */
export function UsageBar({ label, limitMinor, usedMinor }: { label: string; limitMinor: bigint; usedMinor: bigint }) {
  const t = useTranslations('creditCards');
  const { locale } = useFormatting();
  const brl = (minor: bigint) => formatMoney(minor, 'BRL', locale);
  const permille = usedPermille(usedMinor, limitMinor);
  const available = limitMinor - usedMinor;
  const summary = t('usage.summary', { used: brl(usedMinor), limit: brl(limitMinor), available: brl(available) });
  return (
    <div className="flex flex-col gap-1">
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={permille / 10}
        aria-valuetext={summary}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-100"
      >
        <div className={`h-full rounded-full ${permille >= 900 ? 'bg-amber-500' : 'bg-brand-600'}`} style={{ width: `${permille / 10}%` }} />
      </div>
      <p className="flex flex-wrap justify-between gap-x-4 text-xs text-slate-600">
        <span>{t('usage.used', { amount: brl(usedMinor) })}</span>
        <span>{t('usage.available', { amount: brl(available) })}</span>
        <span>{t('usage.limit', { amount: brl(limitMinor) })}</span>
      </p>
    </div>
  );
}
