import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SettlementFilters } from '@/components/settlements/settlement-filters';
import { SettlementsTable } from '@/components/settlements/settlements-table';
import { PageHeader } from '@/components/shell/page-header';
import { Pagination } from '@/components/ui/pagination';
import { getDb } from '@/db/client';
import { callerFromUser } from '@/lib/auth/caller';
import { requireUser } from '@/lib/auth/session';
import { cursorParamSchema } from '@/lib/pagination/keyset';
import { listSettlementDays } from '@/lib/settlements/dashboard-queries';
import { listPaymentWallets } from '@/lib/wallets/queries';
import { walletListQuerySchema } from '@/lib/wallets/schemas';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('settlements'))('title') };
}

const PAGE_SIZE = 25;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The account's settlements, one per wallet and day, newest first. */
export default async function SettlementsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser('/dashboard/settlements');
  const raw = await searchParams;
  const db = await getDb();
  const caller = callerFromUser(user);
  const wallets = await listPaymentWallets(db, caller, walletListQuerySchema.parse({ limit: 100 }));
  // A bad value in the URL (a wallet not this account's, a cursor not handed out) is dropped rather than failing the page.
  const walletUuid = wallets.rows.find((wallet) => wallet.walletUuid === raw.wallet_uuid)?.walletUuid;
  const startingAfter = cursorParamSchema.safeParse(raw.starting_after).success ? (raw.starting_after as string) : undefined;
  const [t, page] = await Promise.all([getTranslations('settlements'), listSettlementDays(db, caller, { walletUuid, startingAfter, limit: PAGE_SIZE })]);

  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <SettlementFilters walletUuid={walletUuid} wallets={wallets.rows.map((wallet) => ({ walletUuid: wallet.walletUuid, label: `${wallet.name ?? wallet.customerId} (${wallet.currency})` }))} />
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {t('count', { count: page.total })}
      </p>
      <SettlementsTable rows={page.rows.map((row) => ({ ...row, walletLabel: row.walletName ?? row.walletCustomerId ?? row.walletUuid }))} />
      <Pagination nextCursor={page.nextCursor} params={{ wallet_uuid: walletUuid }} onFirstPage={!startingAfter} />
    </>
  );
}
