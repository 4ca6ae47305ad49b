import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/ui/data-table';
import { formatMoney } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { CurrencyBalances as Totals } from '@/lib/ledger/balances';
import type { WalletCurrency } from '@/lib/money/currency';

/** The account's payment wallets summed per currency (never across currencies): available, pending and reserved. */
export function CurrencyBalances({ rows }: { rows: Totals[] }) {
  const t = useTranslations('balances');
  const { locale } = useFormatting();
  const money = (minor: bigint, currency: string) => formatMoney(minor, currency as WalletCurrency, locale);
  return (
    <DataTable
      rows={rows}
      rowKey={(row) => row.currency}
      rowLabel={(row) => row.currency}
      label={t('byCurrency')}
      empty={t('none')}
      columns={[
        { header: t('currency'), className: 'font-mono text-xs', cell: (row) => row.currency },
        { header: t('available'), align: 'end', cell: (row) => money(row.available, row.currency) },
        { header: t('pending'), align: 'end', cell: (row) => money(row.pending, row.currency) },
        { header: t('reserved'), align: 'end', cell: (row) => money(row.reserved, row.currency) },
      ]}
    />
  );
}
