import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AuditFilterForm } from '@/components/audit/audit-filter-form';
import { AuditTable } from '@/components/audit/audit-table';
import { PageHeader } from '@/components/shell/page-header';
import { Pagination } from '@/components/ui/pagination';
import { getDb } from '@/db/client';
import { listAccountsForOperators } from '@/lib/accounts/queries';
import { listAuditEvents } from '@/lib/audit/queries';
import { readAuditSearch, toAuditFilters } from '@/lib/audit/search-params';
import { operatorFromSession } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('audit'))('title') };
}

const PAGE_SIZE = 25;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Every account's audit trail for operators, filterable to one account. */
export default async function AdminAuditPage({ searchParams }: { searchParams: SearchParams }) {
  const operator = await operatorFromSession('/admin/audit');
  const search = readAuditSearch(await searchParams, { account: true });
  const db = await getDb();
  const [t, page, accounts] = await Promise.all([
    getTranslations('audit'),
    listAuditEvents(db, operator, toAuditFilters(search, PAGE_SIZE)),
    listAccountsForOperators(db, operator),
  ]);

  return (
    <>
      <PageHeader title={t('title')} description={t('adminIntro')} />
      <AuditFilterForm filters={search} clearHref="/admin/audit" accounts={accounts} />
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {t('count', { count: page.total })}
      </p>
      <AuditTable rows={page.rows} showAccount />
      <Pagination nextCursor={page.nextCursor} params={search} onFirstPage={!search.starting_after} />
    </>
  );
}
