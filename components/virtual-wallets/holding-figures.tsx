import { useTranslations } from 'next-intl';
import { formatMoney } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { WalletCurrency } from '@/lib/money/currency';
import type { HoldingOverview } from '@/lib/virtual-wallets/overview';
import { formatRatio } from './format-ratio';

/**
 * The holding at a glance: its real balance against what it owes its virtual wallets and the
 * reserve ratio that leaves, then what each limit still allows. Every figure comes from
 * `holdingOverview` (the API's `GET …/holding/`) and is written the reader's way.
 */
export function HoldingFigures({ overview }: { overview: HoldingOverview }) {
  const t = useTranslations('virtualWallets.holding');
  const { locale } = useFormatting();
  const money = (minor: bigint) => formatMoney(minor, overview.wallet.currency as WalletCurrency, locale);
  const main = [
    { key: 'real', label: t('realBalance'), hint: t('realBalanceHint'), value: money(overview.balances.available), testId: 'holding-real-balance' },
    { key: 'virtual', label: t('virtualTotal'), hint: t('virtualTotalHint'), value: money(overview.balances.virtualTotal), testId: 'holding-virtual-total' },
    {
      key: 'ratio',
      label: t('ratio'),
      hint: overview.ratioBps === null ? t('ratioNone') : t('ratioHint', { configured: formatRatio(overview.configuration.reserveRatioBps, locale) }),
      value: overview.ratioBps === null ? '—' : formatRatio(overview.ratioBps, locale),
      testId: 'holding-ratio',
      warn: overview.ratioBps !== null && overview.ratioBps < overview.configuration.reserveRatioBps,
    },
  ];
  const limits = [
    { label: t('requiredReserve'), value: money(overview.requiredReserveMinor) },
    { label: t('payable'), value: money(overview.payableMinor) },
    { label: t('transferable'), value: money(overview.transferableMinor) },
    { label: t('leverage'), value: money(overview.leverageMinor) },
  ];
  return (
    <div className="flex flex-col gap-4 px-4 py-4">
      <dl className="grid gap-4 sm:grid-cols-3">
        {main.map((figure) => (
          <div key={figure.key}>
            <dt className="text-sm text-slate-500">{figure.label}</dt>
            <dd className={`mt-1 text-2xl font-semibold tabular-nums ${figure.warn ? 'text-amber-700' : ''}`} data-testid={figure.testId}>
              {figure.value}
            </dd>
            <dd className="text-xs text-slate-500">{figure.hint}</dd>
          </div>
        ))}
      </dl>
      <dl className="grid gap-x-6 gap-y-1 border-t border-slate-100 pt-3 text-sm sm:grid-cols-4">
        {limits.map((limit) => (
          <div key={limit.label}>
            <dt className="text-slate-500">{limit.label}</dt>
            <dd className="tabular-nums">{limit.value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-slate-500">{t('counts', { active: overview.virtualWallets.active, deactivated: overview.virtualWallets.deactivated })}</p>
    </div>
  );
}
