import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { KycQueueFilters, type KycQueueFilterValues } from '@/components/kyc/kyc-queue-filters';
import { KycQueueTable } from '@/components/kyc/kyc-queue-table';
import { KycTabs } from '@/components/kyc/kyc-tabs';
import { PageHeader } from '@/components/shell/page-header';
import { Pagination } from '@/components/ui/pagination';
import { getDb, type Db } from '@/db/client';
import { listAccountsForOperators } from '@/lib/accounts/queries';
import type { Operator } from '@/lib/auth/caller';
import { operatorFromSession } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors/app-error';
import { getKycReview, listKycQueue } from '@/lib/kyc/queue';
import { kycQueueQuerySchema } from '@/lib/kyc/schemas';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('kyc'))('queueTitle') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function KycQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const operator = await operatorFromSession('/admin/kyc');
  const raw = await searchParams;
  const filters = readFilters(raw);
  const query = kycQueueQuerySchema.parse(filters);
  const db = await getDb();
  const t = await getTranslations('kyc');
  const [{ rows, total, nextCursor }, accounts, confirmation] = await Promise.all([
    listKycQueue(db, operator, query),
    listAccountsForOperators(db, operator),
    confirmationOf(db, operator, raw),
  ]);

  return (
    <>
      <PageHeader title={t('queueTitle')} description={t('queueDescription')} />
      <KycTabs current="waiting" />
      {confirmation ? (
        <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {confirmation}
        </p>
      ) : null}
      <KycQueueFilters filters={filters} accounts={accounts} />
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {t('waitingCount', { count: total })}
      </p>
      <KycQueueTable rows={rows} />
      <Pagination nextCursor={nextCursor} params={filters} onFirstPage={!filters.starting_after && !filters.page} />
    </>
  );
}

/** The URL's filters that make sense; a bad value is dropped rather than failing the page. */
function readFilters(raw: Record<string, string | string[] | undefined>): KycQueueFilterValues & { page?: string; starting_after?: string } {
  const candidate: Record<string, string> = {};
  for (const key of ['entity_uuid', 'person_type', 'search', 'page', 'starting_after'] as const) {
    const value = raw[key];
    if (typeof value === 'string' && value.trim() !== '') candidate[key] = value;
  }
  const parsed = kycQueueQuerySchema.safeParse(candidate);
  if (!parsed.success) for (const issue of parsed.error.issues) delete candidate[String(issue.path[0])];
  return candidate;
}

/** After a decision the review page sends the operator back here: say what was decided, for whom. */
async function confirmationOf(db: Db, operator: Operator, raw: Record<string, string | string[] | undefined>): Promise<string | null> {
  const { decided, wallet } = raw;
  if ((decided !== 'approved' && decided !== 'rejected') || typeof wallet !== 'string') return null;
  const review = await getKycReview(db, operator, wallet).catch((error: unknown) => {
    if (isAppError(error) && error.status === 404) return null;
    throw error;
  });
  if (!review) return null;
  const t = await getTranslations('kyc');
  const values = { owner: review.owner.name, account: review.accountName };
  return decided === 'approved' ? t('approvedConfirmation', values) : t('rejectedConfirmation', values);
}
