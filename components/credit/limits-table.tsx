import { useTranslations } from 'next-intl';
import { formatMoney } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { LimitType } from '@/db/schema/credit';
import { formatMinor } from '@/lib/money/decimal';
import { UsageBar } from './cards/usage-bar';
import { LimitEditor, type UpdateWalletLimitAction } from './limit-editor';

export interface LimitView {
  walletLimitKey: string;
  limitType: LimitType;
  limitAmountMinor: bigint;
  usedLimitMinor: bigint;
}

/** Each limit as used / available (in figures and as a bar), with the postpaid credit limit editable (the API's PATCH rule). */
/** Without `updateLimit` (a role that may not manage wallets) the limits are read-only. */
export function LimitsTable({ walletKey, limits, updateLimit }: { walletKey: string; limits: LimitView[]; updateLimit: UpdateWalletLimitAction | null }) {
  const t = useTranslations('limits');
  const tUsage = useTranslations('creditCards.usage');
  const { locale } = useFormatting();
  const brl = (minor: bigint) => formatMoney(minor, 'BRL', locale);
  const labelOf = (type: LimitType) => t(type);
  return (
    <div className="flex flex-col gap-4">
      <table className="w-full text-sm">
        <thead className="text-left text-slate-500">
          <tr>
            <th className="px-4 py-2 font-medium">{t('limit')}</th>
            <th className="px-4 py-2 font-medium">{t('limitAmount')}</th>
            <th className="px-4 py-2 font-medium">{t('used')}</th>
            <th className="px-4 py-2 font-medium">{t('available')}</th>
          </tr>
        </thead>
        <tbody>
          {limits.map((limit) => (
            <tr key={limit.walletLimitKey} className="border-t border-slate-100">
              <th scope="row" className="px-4 py-2 text-left font-medium">
                {labelOf(limit.limitType)}
              </th>
              <td className="px-4 py-2">{brl(limit.limitAmountMinor)}</td>
              <td className="px-4 py-2">{brl(limit.usedLimitMinor)}</td>
              <td className="px-4 py-2">{brl(limit.limitAmountMinor - limit.usedLimitMinor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex flex-col gap-3 px-4">
        {limits.map((limit) => (
          <UsageBar
            key={limit.walletLimitKey}
            label={tUsage('of', { label: labelOf(limit.limitType) })}
            limitMinor={limit.limitAmountMinor}
            usedMinor={limit.usedLimitMinor}
          />
        ))}
      </div>
      {limits
        .filter((limit) => updateLimit && limit.limitType === 'postpaid_credit_limit')
        .map((limit) => (
          <LimitEditor
            key={limit.walletLimitKey}
            walletKey={walletKey}
            walletLimitKey={limit.walletLimitKey}
            label={labelOf(limit.limitType).toLowerCase()}
            current={formatMinor(limit.limitAmountMinor, 2)}
            updateLimit={updateLimit!}
          />
        ))}
    </div>
  );
}
