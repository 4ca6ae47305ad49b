import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { PageHeader } from '@/components/shell/page-header';
import { buttonClass } from '@/components/ui/field';
import { Pagination } from '@/components/ui/pagination';
import { WalletFilters } from '@/components/wallets/wallet-filters';
import { WalletTable } from '@/components/wallets/wallet-table';
import { WalletTabs } from '@/components/wallets/wallet-tabs';
import { getDb } from '@/db/client';
import { listMerchants } from '@/lib/accounts/queries';
import { callerFromUser } from '@/lib/auth/caller';
import { can } from '@/lib/access/permissions';
import { requireUser } from '@/lib/auth/session';
import { availableBalances } from '@/lib/ledger/balances';
import { listPaymentWallets } from '@/lib/wallets/queries';
import { walletListQuerySchema } from '@/lib/wallets/schemas';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('walletTabs'))('payment') };
}

const PAGE_SIZE = '20';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PaymentWalletsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser('/dashboard/wallets');
  const filters = readFilters(await searchParams);
  const db = await getDb();
  const t = await getTranslations('wallets');
  const [page, merchants] = await Promise.all([
    listPaymentWallets(db, callerFromUser(user), walletListQuerySchema.parse({ ...filters, limit: PAGE_SIZE })),
    listMerchants(db, callerFromUser(user)),
  ]);
  const balances = await availableBalances(db, page.rows.map((row) => row.walletUuid));

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          can(user.role, 'wallets.manage') ? (
            <Link href="/dashboard/wallets/new" className={buttonClass}>
              {t('new')}
            </Link>
          ) : null
        }
      />
      <WalletTabs current="payment" />
      <WalletFilters filters={filters} merchants={merchants} />
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {t('count', { count: page.total })}
      </p>
      <WalletTable rows={page.rows} balances={balances} merchantNames={new Map(merchants.map((m) => [m.merchantUuid, m.name]))} />
      <Pagination nextCursor={page.nextCursor} params={filters} onFirstPage={!filters.starting_after && !filters.page} />
    </>
  );
}

/** The URL's filters that make sense; a hand-edited bad value is dropped rather than failing the page. */
function readFilters(raw: Record<string, string | string[] | undefined>) {
  const candidate: Record<string, string> = {};
  for (const key of ['currency', 'merchant_uuid', 'status', 'page', 'starting_after'] as const) {
    const value = raw[key];
    if (typeof value === 'string' && value !== '') candidate[key] = value;
  }
  const parsed = walletListQuerySchema.safeParse(candidate);
  if (!parsed.success) for (const issue of parsed.error.issues) delete candidate[String(issue.path[0])];
  return candidate as { currency?: string; merchant_uuid?: string; status?: string; page?: string; starting_after?: string };
}
