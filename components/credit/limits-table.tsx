import { formatMoney } from '@/components/ui/format';
import type { LimitType } from '@/db/schema/credit';
import { formatMinor } from '@/lib/money/decimal';
import { LimitEditor, type UpdateWalletLimitAction } from './limit-editor';

const LIMIT_LABELS: Record<LimitType, string> = {
  postpaid_credit_limit: 'Postpaid credit limit',
  payroll_withdraw_limit: 'Payroll withdrawal limit',
};

export interface LimitView {
  walletLimitKey: string;
  limitType: LimitType;
  limitAmountMinor: bigint;
  usedLimitMinor: bigint;
}

const brl = (minor: bigint) => formatMoney(minor, 'BRL');

/** Each limit as used / available, with the postpaid credit limit editable (the API's PATCH rule). */
export function LimitsTable({ walletKey, limits, updateLimit }: { walletKey: string; limits: LimitView[]; updateLimit: UpdateWalletLimitAction }) {
  return (
    <div className="flex flex-col gap-4">
      <table className="w-full text-sm">
        <thead className="text-left text-slate-500">
          <tr>
            <th className="px-4 py-2 font-medium">Limit</th>
            <th className="px-4 py-2 font-medium">Limit amount</th>
            <th className="px-4 py-2 font-medium">Used</th>
            <th className="px-4 py-2 font-medium">Available</th>
          </tr>
        </thead>
        <tbody>
          {limits.map((limit) => (
            <tr key={limit.walletLimitKey} className="border-t border-slate-100">
              <th scope="row" className="px-4 py-2 text-left font-medium">
                {LIMIT_LABELS[limit.limitType]}
              </th>
              <td className="px-4 py-2">{brl(limit.limitAmountMinor)}</td>
              <td className="px-4 py-2">{brl(limit.usedLimitMinor)}</td>
              <td className="px-4 py-2">{brl(limit.limitAmountMinor - limit.usedLimitMinor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {limits
        .filter((limit) => limit.limitType === 'postpaid_credit_limit')
        .map((limit) => (
          <LimitEditor
            key={limit.walletLimitKey}
            walletKey={walletKey}
            walletLimitKey={limit.walletLimitKey}
            label={LIMIT_LABELS[limit.limitType].toLowerCase()}
            current={formatMinor(limit.limitAmountMinor, 2)}
            updateLimit={updateLimit}
          />
        ))}
    </div>
  );
}
