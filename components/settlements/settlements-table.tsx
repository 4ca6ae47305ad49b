import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import { formatIsoDate, formatMoney } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { WalletCurrency } from '@/lib/money/currency';

export interface SettlementListRow {
  settlementUuid: string;
  settlementDate: string;
  walletLabel: string;
  currency: string;
  lineCount: number;
  grossMinor: bigint;
  feesMinor: bigint;
  refundedNetMinor: bigint;
  netMinor: bigint;
}

/** Settlements per day and wallet, each date linking to its lines. */
export function SettlementsTable({ rows }: { rows: SettlementListRow[] }) {
  const t = useTranslations('settlements');
  const { locale } = useFormatting();
  const money = (minor: bigint, currency: string) => formatMoney(minor, currency as WalletCurrency, locale);
  return (
    <DataTable
      framed
      label={t('table')}
      rows={rows}
      rowKey={(row) => row.settlementUuid}
      empty={t('empty')}
      columns={[
        {
          header: t('columns.date'),
          className: 'whitespace-nowrap',
          cell: (row) => (
            <Link href={`/dashboard/settlements/${row.settlementUuid}`} className="font-medium text-brand-700 hover:underline">
              {formatIsoDate(row.settlementDate, locale)}
            </Link>
          ),
        },
        { header: t('columns.wallet'), cell: (row) => row.walletLabel },
        { header: t('columns.charges'), align: 'end', cell: (row) => row.lineCount },
        { header: t('columns.gross'), align: 'end', cell: (row) => money(row.grossMinor, row.currency) },
        { header: t('columns.fees'), align: 'end', cell: (row) => money(row.feesMinor, row.currency) },
        { header: t('columns.refunded'), align: 'end', cell: (row) => money(row.refundedNetMinor, row.currency) },
        { header: t('columns.net'), align: 'end', cell: (row) => <span className="font-medium">{money(row.netMinor, row.currency)}</span> },
      ]}
    />
  );
}
