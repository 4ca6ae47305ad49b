import { useTranslations } from 'next-intl';
import { formatDateTime } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import { signedMoney } from '@/components/ledger/signed-money';
import { useLedgerLabels } from '@/components/ledger/use-ledger-labels';

export interface LedgerLine {
  transactionUuid: string;
  kind: string;
  createdAt: Date;
  entryId: bigint;
  accountCode: string;
  walletUuid: string | null;
  amountMinor: bigint;
  currency: string;
}

/** The ledger transactions the charge caused (capture, refunds, disputes), each with its balanced entries. */
export function ChargeLedger({ lines }: { lines: LedgerLine[] }) {
  const t = useTranslations('charge');
  const labels = useLedgerLabels();
  const formatting = useFormatting();
  const transactions = groupByTransaction(lines);
  if (transactions.length === 0) return <p className="px-4 py-6 text-sm text-slate-600">{t('ledgerEmpty')}</p>;
  return (
    <ol className="divide-y divide-slate-100">
      {transactions.map((entries) => {
        const first = entries[0]!;
        return (
          <li key={first.transactionUuid} className="px-4 py-3" aria-label={labels.kind(first.kind)}>
            <p className="flex flex-wrap justify-between gap-2 text-sm">
              <span className="font-medium">{labels.kind(first.kind)}</span>
              <span className="text-slate-600">{formatDateTime(first.createdAt, formatting)}</span>
            </p>
            <table className="mt-2 w-full text-sm">
              <thead className="sr-only">
                <tr>
                  <th>{t('account')}</th>
                  <th>{t('entryAmount')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={String(entry.entryId)}>
                    <td className="py-0.5 text-slate-700">{labels.account(entry.accountCode, entry.walletUuid !== null)}</td>
                    <td className={`py-0.5 text-right tabular-nums ${entry.amountMinor < 0n ? 'text-red-700' : 'text-emerald-700'}`}>
                      {signedMoney(entry.amountMinor, entry.currency, formatting.locale)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </li>
        );
      })}
    </ol>
  );
}

/** Entries grouped by their transaction, in the order the transactions first appear (oldest first). */
function groupByTransaction(lines: LedgerLine[]): LedgerLine[][] {
  const groups = new Map<string, LedgerLine[]>();
  for (const line of lines) groups.set(line.transactionUuid, [...(groups.get(line.transactionUuid) ?? []), line]);
  return [...groups.values()];
}
