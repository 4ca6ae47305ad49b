import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { formatMoney } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import { InvoiceDay } from './invoice-day';
import { invoiceHref } from './invoice-href';

/** The wallet's open invoice filling up: what it bills so far, when it closes and when it falls due. */
export function CurrentInvoice({ invoice }: { invoice: { invoiceKey: string; walletUuid: string; closingDate: string; dueDate: string; currentTotalMinor: bigint } | null }) {
  const t = useTranslations('invoices.open');
  const { locale } = useFormatting();
  if (!invoice) return <p className="text-sm text-slate-600">{t('none')}</p>;
  return (
    <div role="group" aria-label={t('title')} className="flex flex-wrap items-end justify-between gap-4 rounded-md border border-slate-200 bg-slate-50 p-4">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm sm:grid-cols-[repeat(3,max-content)] sm:grid-flow-col sm:grid-rows-2">
        <dt className="text-slate-500">{t('total')}</dt>
        <dd className="text-lg font-semibold tabular-nums" data-testid="open-invoice-total">
          {formatMoney(invoice.currentTotalMinor, 'BRL', locale)}
        </dd>
        <dt className="text-slate-500">{t('nextClosing')}</dt>
        <dd>
          <InvoiceDay day={invoice.closingDate} />
        </dd>
        <dt className="text-slate-500">{t('nextDue')}</dt>
        <dd>
          <InvoiceDay day={invoice.dueDate} />
        </dd>
      </dl>
      <Link href={invoiceHref(invoice.walletUuid, invoice.invoiceKey)} className="text-sm text-brand-700 hover:underline">
        {t('view')}
      </Link>
    </div>
  );
}
