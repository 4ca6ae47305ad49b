import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import { formatMoney } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { InvoiceStatus } from '@/db/schema';
import { InvoiceDay } from './invoice-day';
import { invoiceHref } from './invoice-href';
import { InvoiceStatusBadge } from './invoice-status-badge';

/** What a row of an invoice list shows: a wallet's own list and the account's overview alike. */
export interface InvoiceListRow {
  invoiceKey: string;
  walletUuid: string;
  walletName?: string | null;
  closingDate: string;
  dueDate: string;
  status: InvoiceStatus;
  currentTotalMinor: bigint;
  paidMinor: bigint;
  owedMinor: bigint;
}

/**
 * Invoices as a table, each closing date linking to the invoice's page; `showWallet` adds the
 * wallet column where invoices of several wallets mix (the account's overview).
 */
export function InvoiceList({ rows, label, empty, showWallet = false, framed = false }: { rows: InvoiceListRow[]; label: string; empty: string; showWallet?: boolean; framed?: boolean }) {
  const t = useTranslations('invoices');
  const { locale } = useFormatting();
  const brl = (minor: bigint) => formatMoney(minor, 'BRL', locale);
  return (
    <DataTable
      framed={framed}
      label={label}
      rows={rows}
      rowKey={(row) => row.invoiceKey}
      empty={empty}
      columns={[
        showWallet && {
          header: t('columns.wallet'),
          cell: (row: InvoiceListRow) => <Link href={`/dashboard/wallets/credit/${row.walletUuid}`} className="text-brand-700 hover:underline">{row.walletName ?? row.walletUuid}</Link>,
        },
        {
          header: t('columns.closing'),
          cell: (row) => (
            <Link href={invoiceHref(row.walletUuid, row.invoiceKey)} className="font-medium text-brand-700 hover:underline">
              <InvoiceDay day={row.closingDate} />
            </Link>
          ),
        },
        { header: t('columns.due'), cell: (row) => <InvoiceDay day={row.dueDate} /> },
        { header: t('columns.status'), cell: (row) => <InvoiceStatusBadge status={row.status} /> },
        { header: t('columns.total'), align: 'end', cell: (row) => brl(row.currentTotalMinor) },
        { header: t('columns.paid'), align: 'end', cell: (row) => brl(row.paidMinor) },
        { header: t('columns.amountDue'), align: 'end', cell: (row) => brl(row.owedMinor) },
      ]}
    />
  );
}
