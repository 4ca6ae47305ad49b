import { useTranslations } from 'next-intl';
import { formatDateTime } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { IntegrityReport } from '@/lib/ledger/integrity';

/**
 * The ledger integrity check's verdict for the account: OK, or not OK with how many balances,
 * transactions and accounts break an invariant, and how much was checked.
 */
export function IntegrityVerdict({ report }: { report: IntegrityReport }) {
  const t = useTranslations('integrity');
  const formatting = useFormatting();
  const problems = [
    { key: 'mismatched', count: report.mismatchedAccounts.length },
    { key: 'unbalanced', count: report.unbalancedTransactions.length },
    { key: 'negative', count: report.negativeAccounts.length },
    { key: 'holdings', count: report.unbalancedHoldings.length },
  ] as const;
  return (
    <div className="px-4 py-3 text-sm">
      <p role="status" data-testid="integrity-verdict" className={`text-base font-semibold ${report.ok ? 'text-emerald-700' : 'text-red-700'}`}>
        {report.ok ? t('ok') : t('notOk')}
      </p>
      {report.ok ? null : (
        <ul className="mt-1 list-disc pl-5 text-red-800">
          {problems
            .filter((problem) => problem.count > 0)
            .map((problem) => (
              <li key={problem.key}>{t(problem.key, { count: problem.count })}</li>
            ))}
        </ul>
      )}
      <p className="mt-1 text-slate-600">
        {t('checked', { accounts: report.accounts, transactions: report.transactions, at: formatDateTime(report.checkedAt, formatting) })}
      </p>
    </div>
  );
}
