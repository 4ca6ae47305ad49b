import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/ui/data-table';
import { formatMoney } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { InvoiceChargeback } from '@/lib/invoices/queries';
import type { InvoicePaymentRow } from '@/lib/invoices/announce';
import type { InvoiceItemRow } from '@/lib/payment-instruments/queries';
import { InvoiceDay } from './invoice-day';

/** What came in for the invoice: its bank slip paid (in full or short), or a payroll discount. */
export function InvoicePaymentsTable({ payments }: { payments: InvoicePaymentRow[] }) {
  const t = useTranslations('invoices.payments');
  const { locale } = useFormatting();
  return (
    <DataTable
      label={t('table')}
      rows={payments}
      rowKey={(row) => row.invoicePaymentKey}
      empty={t('empty')}
      columns={[
        { header: t('type'), cell: (row) => t(`types.${row.paymentType}`) },
        { header: t('status'), cell: (row) => t(`statuses.${row.status}`) },
        { header: t('paid'), align: 'end', cell: (row) => formatMoney(row.paidMinor, 'BRL', locale) },
        { header: t('date'), cell: (row) => <InvoiceDay day={row.paymentDate} /> },
      ]}
    />
  );
}

/** Refunds, after closing, of purchases this invoice billed: each against the item it gives back. */
export function InvoiceChargebacksTable({ chargebacks, items }: { chargebacks: InvoiceChargeback[]; items: InvoiceItemRow[] }) {
  const t = useTranslations('invoices.chargebacks');
  const { locale } = useFormatting();
  const describe = new Map(items.map((item) => [item.invoiceItemKey, item.description]));
  return (
    <DataTable
      label={t('table')}
      rows={chargebacks}
      rowKey={(row) => row.invoiceItemKey}
      empty=""
      columns={[
        { header: t('item'), cell: (row) => describe.get(row.invoiceItemKey) ?? row.invoiceItemKey },
        { header: t('refunded'), align: 'end', cell: (row) => formatMoney(row.chargebackPaidMinor, 'BRL', locale) },
      ]}
    />
  );
}
