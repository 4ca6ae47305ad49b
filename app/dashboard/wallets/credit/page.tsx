import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { CreditWalletFilters } from '@/components/credit/credit-wallet-filters';
import { CreditWalletTable } from '@/components/credit/credit-wallet-table';
import { cnpjMask } from '@/components/credit/masks';
import { PageHeader } from '@/components/shell/page-header';
import { buttonClass } from '@/components/ui/field';
import { Pagination } from '@/components/ui/pagination';
import { WalletTabs } from '@/components/wallets/wallet-tabs';
import { getDb } from '@/db/client';
import { callerFromUser } from '@/lib/auth/caller';
import { can } from '@/lib/access/permissions';
import { requireUser } from '@/lib/auth/session';
import { listCreditWallets } from '@/lib/credit/queries';
import { listCreditWalletsQuerySchema } from '@/lib/credit/query-schemas';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('walletTabs'))('credit') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CreditWalletsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser('/dashboard/wallets/credit');
  const raw = await searchParams;
  const filters = readFilters(raw);
  const typedDocument = typeof raw.owner_document_number === 'string' ? raw.owner_document_number.trim() : '';
  const refusedDocument = typedDocument && !filters.owner_document_number ? typedDocument : undefined;
  const t = await getTranslations('creditWallets');
  const query = listCreditWalletsQuerySchema.parse(filters);
  const { rows, total, nextCursor } = await listCreditWallets(await getDb(), callerFromUser(user), query);

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          can(user.role, 'wallets.manage') ? (
            <Link href="/dashboard/wallets/credit/new" className={buttonClass}>
              {t('new')}
            </Link>
          ) : null
        }
      />
      <WalletTabs current="credit" />
      <CreditWalletFilters filters={filters} refusedDocument={refusedDocument} />
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {t('count', { count: total })}
      </p>
      <CreditWalletTable rows={rows} />
      <Pagination nextCursor={nextCursor} params={filters} onFirstPage={!filters.starting_after && !filters.page} />
    </>
  );
}

/** The URL's filters that make sense (a masked document is unmasked); a bad value is dropped. */
function readFilters(raw: Record<string, string | string[] | undefined>) {
  const candidate: Record<string, string> = {};
  for (const key of ['owner_document_number', 'wallet_status', 'page', 'starting_after'] as const) {
    const value = raw[key];
    if (typeof value === 'string' && value !== '') candidate[key] = key === 'owner_document_number' ? cnpjMask.parse(value) : value;
  }
  const parsed = listCreditWalletsQuerySchema.safeParse(candidate);
  if (!parsed.success) for (const issue of parsed.error.issues) delete candidate[String(issue.path[0])];
  return candidate as { owner_document_number?: string; wallet_status?: string; page?: string; starting_after?: string };
}
