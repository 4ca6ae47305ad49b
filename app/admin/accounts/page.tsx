import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { AccountFilters, type AccountFilterValues } from '@/components/admin/account-filters';
import { AccountsTable } from '@/components/admin/accounts-table';
import { PageHeader } from '@/components/shell/page-header';
import { buttonClass } from '@/components/ui/field';
import { formatDateTime } from '@/components/ui/format';
import { Pagination } from '@/components/ui/pagination';
import { getDb } from '@/db/client';
import { operatorFromSession } from '@/lib/auth/session';
import { getFormatting } from '@/lib/i18n/formatting';
import { listAccounts } from '@/lib/management/list-accounts';
import { accountListQuerySchema } from '@/lib/management/schemas';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminAccounts'))('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AccountsPage({ searchParams }: { searchParams: SearchParams }) {
  const operator = await operatorFromSession('/admin/accounts');
  const filters = readFilters(await searchParams);
  const query = accountListQuerySchema.parse(filters);
  const [page, t, formatting] = await Promise.all([listAccounts(await getDb(), operator, query), getTranslations('adminAccounts'), getFormatting()]);

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Link href="/admin/accounts/new" className={buttonClass}>
            {t('newAccount')}
          </Link>
        }
      />
      <AccountFilters filters={filters} />
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {t('count', { count: page.total })}
      </p>
      <AccountsTable
        rows={page.rows.map((row) => ({
          entityUuid: row.entityUuid,
          name: row.name,
          platform: row.kind === 'platform',
          suspended: row.suspendedAt !== null,
          merchantCount: row.merchantCount,
          memberCount: row.memberCount,
          created: formatDateTime(row.createdAt, formatting),
        }))}
      />
      <Pagination nextCursor={page.nextCursor} params={filters} onFirstPage={!filters.starting_after && !filters.page} />
    </>
  );
}

/** The URL's filters that make sense; a bad value is dropped rather than failing the page. */
function readFilters(raw: Record<string, string | string[] | undefined>): AccountFilterValues & { page?: string; starting_after?: string } {
  const candidate: Record<string, string> = {};
  for (const key of ['name', 'status', 'page', 'starting_after'] as const) {
    const value = raw[key];
    if (typeof value === 'string' && value.trim() !== '') candidate[key] = value;
  }
  const parsed = accountListQuerySchema.safeParse(candidate);
  if (!parsed.success) for (const issue of parsed.error.issues) delete candidate[String(issue.path[0])];
  return candidate;
}
