import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AuditFilterForm } from '@/components/audit/audit-filter-form';
import { AuditTable } from '@/components/audit/audit-table';
import { PageHeader } from '@/components/shell/page-header';
import { Pagination } from '@/components/ui/pagination';
import { getDb } from '@/db/client';
import { listAuditEvents } from '@/lib/audit/queries';
import { readAuditSearch, toAuditFilters } from '@/lib/audit/search-params';
import { callerFromUser } from '@/lib/auth/caller';
import { requirePermission } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('audit'))('title') };
}

const PAGE_SIZE = 25;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The account's audit trail, for its owners: who changed what, newest first. */
export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePermission('audit.read', '/dashboard/audit');
  const search = readAuditSearch(await searchParams, { account: false });
  const db = await getDb();
  const [t, page] = await Promise.all([getTranslations('audit'), listAuditEvents(db, callerFromUser(user), toAuditFilters(search, PAGE_SIZE))]);

  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <AuditFilterForm filters={search} clearHref="/dashboard/audit" />
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {t('count', { count: page.total })}
      </p>
      <AuditTable rows={page.rows} />
      <Pagination nextCursor={page.nextCursor} params={search} onFirstPage={!search.starting_after} />
    </>
  );
}
