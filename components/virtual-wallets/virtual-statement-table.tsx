import { useTranslations } from 'next-intl';
import { signedMoney } from '@/components/ledger/signed-money';
import { useLedgerLabels } from '@/components/ledger/use-ledger-labels';
import { DataTable } from '@/components/ui/data-table';
import { formatDateTime, formatMoney } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { WalletCurrency } from '@/lib/money/currency';
import type { VirtualStatementRow } from '@/lib/virtual-wallets/statement';

/** A virtual wallet's balance entries, newest first: the deposit or transfer, by how much, and the balance after. */
export function VirtualStatementTable({ rows, currency }: { rows: VirtualStatementRow[]; currency: WalletCurrency }) {
  const t = useTranslations('statement');
  const tw = useTranslations('virtualWallets.wallet');
  const labels = useLedgerLabels();
  const formatting = useFormatting();
  return (
    <DataTable
      rows={rows}
      rowKey={(row) => String(row.entryId)}
      label={t('title')}
      empty={tw('statementEmpty')}
      columns={[
        { header: t('when'), className: 'whitespace-nowrap text-slate-600', cell: (row) => formatDateTime(row.createdAt, formatting) },
        { header: t('movement'), cell: (row) => labels.kind(row.kind) },
        { header: t('amount'), align: 'end', cell: (row) => signedMoney(row.amountMinor, currency, formatting.locale) },
        { header: t('balanceAfter'), align: 'end', cell: (row) => formatMoney(row.balanceAfterMinor, currency, formatting.locale) },
      ]}
    />
  );
}
