import { useTranslations } from 'next-intl';
import { formatMoney } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { WalletCurrency } from '@/lib/money/currency';

export interface BalanceFigures {
  available: bigint;
  pending: bigint;
  reserved: bigint;
}

const KINDS = ['available', 'pending', 'reserved'] as const;

/**
 * A payment wallet's (or a currency's) three balances side by side: what may be paid out, what was
 * captured and waits for settlement, and what payouts in flight hold. `testIds` name figures for
 * the browser tests.
 */
export function BalanceFigures({ balances, currency, testIds = {} }: { balances: BalanceFigures; currency: WalletCurrency; testIds?: Partial<Record<(typeof KINDS)[number], string>> }) {
  const t = useTranslations('balances');
  const { locale } = useFormatting();
  return (
    <dl className="grid gap-4 sm:grid-cols-3">
      {KINDS.map((kind) => (
        <div key={kind}>
          <dt className="text-sm text-slate-500">{t(kind)}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={testIds[kind]}>
            {formatMoney(balances[kind], currency, locale)}
          </dd>
          <dd className="text-xs text-slate-500">{t(`${kind}Hint`)}</dd>
        </div>
      ))}
    </dl>
  );
}
