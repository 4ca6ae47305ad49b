import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { Detail, DetailList } from '@/components/ui/details';
import { formatDateTime, formatMoney } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { InvoiceSummary as Invoice } from '@/lib/invoices/queries';
import { InvoiceDay } from './invoice-day';
import { invoiceHref } from './invoice-href';
import { InvoiceStatusBadge } from './invoice-status-badge';

/** An invoice's figures: its dates, what it bills, what came in, what is left, and where an overdue balance went. */
export function InvoiceSummary({ invoice }: { invoice: Invoice }) {
  const t = useTranslations('invoices.detail');
  const formatting = useFormatting();
  const brl = (minor: bigint) => formatMoney(minor, 'BRL', formatting.locale);
  return (
    <DetailList>
      <Detail term={t('status')}>
        <InvoiceStatusBadge status={invoice.status} />
      </Detail>
      <Detail term={t('closingDate')}>
        <InvoiceDay day={invoice.closingDate} />
      </Detail>
      <Detail term={t('dueDate')}>
        <InvoiceDay day={invoice.dueDate} />
      </Detail>
      <Detail term={invoice.status === 'opened' ? t('totalSoFar') : t('total')}>
        <span data-testid="invoice-total">{brl(invoice.currentTotalMinor)}</span>
      </Detail>
      <Detail term={t('paid')}>
        <span data-testid="invoice-paid">{brl(invoice.paidMinor)}</span>
      </Detail>
      <Detail term={t('amountDue')}>
        <span data-testid="invoice-amount-due">{brl(invoice.owedMinor)}</span>
      </Detail>
      {invoice.carriedMinor > 0n ? <Detail term={t('carried')}>{brl(invoice.carriedMinor)}</Detail> : null}
      {invoice.carriedToInvoiceKey ? (
        <Detail term={t('carriedTo')}>
          <Link href={invoiceHref(invoice.walletUuid, invoice.carriedToInvoiceKey)} className="text-brand-700 hover:underline">{t('carriedToLink')}</Link>
        </Detail>
      ) : null}
      {invoice.closedAt ? <Detail term={t('closedAt')}>{formatDateTime(invoice.closedAt, formatting)}</Detail> : null}
      {invoice.paidAt ? <Detail term={t('paidAt')}>{formatDateTime(invoice.paidAt, formatting)}</Detail> : null}
      <Detail term={t('invoiceKey')} mono>
        {invoice.invoiceKey}
      </Detail>
    </DetailList>
  );
}
