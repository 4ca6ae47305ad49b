import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import { formatDateTime, formatMoney } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { StatementRow } from '@/lib/ledger/statement';
import type { WalletCurrency } from '@/lib/money/currency';
import { signedMoney } from './signed-money';
import { useLedgerLabels } from './use-ledger-labels';

/** A wallet's ledger entries, newest first: what moved the money, on which balance, by how much, and the balance after. */
export function StatementTable({ rows, currency }: { rows: StatementRow[]; currency: WalletCurrency }) {
  const t = useTranslations('statement');
  const labels = useLedgerLabels();
  const formatting = useFormatting();
  return (
    <DataTable
      rows={rows}
      rowKey={(row) => String(row.entryId)}
      label={t('title')}
      empty={t('empty')}
      columns={[
        { header: t('when'), className: 'whitespace-nowrap text-slate-600', cell: (row) => formatDateTime(row.createdAt, formatting) },
        {
          header: t('movement'),
          cell: (row) =>
            row.referenceType === 'charge' ? (
              <Link href={`/dashboard/charges/${row.referenceId}`} className="text-brand-700 hover:underline">
                {labels.kind(row.kind)}
              </Link>
            ) : (
              labels.kind(row.kind)
            ),
        },
        { header: t('account'), cell: (row) => labels.account(row.account, true) },
        { header: t('amount'), align: 'end', cell: (row) => signedMoney(row.amountMinor, currency, formatting.locale) },
        { header: t('balanceAfter'), align: 'end', cell: (row) => formatMoney(row.balanceAfterMinor, currency, formatting.locale) },
      ]}
    />
  );
}
