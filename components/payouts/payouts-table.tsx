import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import { formatDateTime, formatMoney } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { PayoutStatus, PayoutType } from '@/db/schema';
import type { WalletCurrency } from '@/lib/money/currency';
import { PayoutDestination } from './payout-destination';
import { PayoutStatusBadge } from './payout-status-badge';

export interface PayoutListRow {
  payoutUuid: string;
  walletName: string;
  typePayout: PayoutType;
  status: PayoutStatus;
  amountMinor: bigint;
  feeMinor: bigint;
  currency: string;
  description: string;
  destination: Record<string, unknown>;
  createdAt: Date;
}

/** The account's payouts, each request date linking to the payout's page; destinations masked. */
export function PayoutsTable({ rows }: { rows: PayoutListRow[] }) {
  const t = useTranslations('payouts');
  const formatting = useFormatting();
  const money = (minor: bigint, currency: string) => formatMoney(minor, currency as WalletCurrency, formatting.locale);
  return (
    <DataTable
      framed
      label={t('table')}
      rows={rows}
      rowKey={(row) => row.payoutUuid}
      rowLabel={(row) => row.description}
      empty={t('empty')}
      columns={[
        {
          header: t('columns.created'),
          className: 'whitespace-nowrap',
          cell: (row) => (
            <Link href={`/dashboard/payouts/${row.payoutUuid}`} className="font-medium text-brand-700 hover:underline">
              {formatDateTime(row.createdAt, formatting)}
            </Link>
          ),
        },
        { header: t('columns.status'), cell: (row) => <PayoutStatusBadge status={row.status} /> },
        { header: t('columns.type'), cell: (row) => t(`types.${row.typePayout}`) },
        {
          header: t('columns.destination'),
          cell: (row) => (
            <>
              <PayoutDestination destination={row.destination} />
              <span className="block text-xs text-slate-500">{row.walletName}</span>
            </>
          ),
        },
        { header: t('columns.description'), cell: (row) => row.description },
        { header: t('columns.amount'), align: 'end', cell: (row) => money(row.amountMinor, row.currency) },
        { header: t('columns.fee'), align: 'end', cell: (row) => money(row.feeMinor, row.currency) },
      ]}
    />
  );
}
