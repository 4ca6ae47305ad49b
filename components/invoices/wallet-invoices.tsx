import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { InvoiceSummary } from '@/lib/invoices/queries';
import { CurrentInvoice } from './current-invoice';
import { InvoiceList } from './invoice-list';

/**
 * A credit wallet's invoices on its page: the open one filling up, then the past ones newest
 * first (`recent` is the wallet's newest page of invoices, the open one among them).
 */
export function WalletInvoices({ current, recent, total }: { current: InvoiceSummary | null; recent: InvoiceSummary[]; total: number }) {
  const t = useTranslations('invoices');
  const past = recent.filter((row) => row.status !== 'opened');
  const pastTotal = total - (current ? 1 : 0);
  return (
    <div className="flex flex-col gap-4">
      <CurrentInvoice invoice={current} />
      <h3 className="text-sm font-semibold">{t('pastTable')}</h3>
      <InvoiceList rows={past} label={t('pastTable')} empty={t('pastEmpty')} />
      <p className="flex flex-wrap justify-between gap-2 text-xs text-slate-500">
        <span>{pastTotal > past.length ? t('newest', { shown: past.length, total: pastTotal }) : null}</span>
        <Link href="/dashboard/invoices" className="text-brand-700 hover:underline">{t('allInvoices')}</Link>
      </p>
    </div>
  );
}
