import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { InvoiceFilters } from '@/components/invoices/invoice-filters';
import { InvoiceList } from '@/components/invoices/invoice-list';
import { PageHeader } from '@/components/shell/page-header';
import { Pagination } from '@/components/ui/pagination';
import { getDb } from '@/db/client';
import { INVOICE_STATUSES } from '@/db/schema';
import { callerFromUser } from '@/lib/auth/caller';
import { requireUser } from '@/lib/auth/session';
import { listAccountInvoices } from '@/lib/invoices/account-invoices';
import { cursorParamSchema } from '@/lib/pagination/keyset';

const PAGE_SIZE = 25;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('invoices') };
}

// What the URL may carry; a bad value is dropped (the list shows unfiltered) rather than failing the page.
const filtersSchema = z.object({ invoice_status: z.enum(INVOICE_STATUSES).optional().catch(undefined), starting_after: cursorParamSchema.optional().catch(undefined) });

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Every invoice of the account's credit wallets, newest first, by status. */
export default async function InvoicesPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser('/dashboard/invoices');
  const raw = await searchParams;
  const filters = filtersSchema.parse({ invoice_status: raw.invoice_status || undefined, starting_after: raw.starting_after || undefined });
  const [t, page] = await Promise.all([getTranslations('invoices'), listAccountInvoices(await getDb(), callerFromUser(user), { ...filters, limit: PAGE_SIZE })]);

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <InvoiceFilters filters={filters} />
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {t('count', { count: page.total })}
      </p>
      <InvoiceList framed showWallet rows={page.rows} label={t('table')} empty={t('empty')} />
      <Pagination nextCursor={page.nextCursor} params={filters} onFirstPage={!filters.starting_after} />
    </>
  );
}
