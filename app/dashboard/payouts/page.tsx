import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { PageNumberPager } from '@/components/payouts/page-number-pager';
import { PayoutFilters, type PayoutFilterValues } from '@/components/payouts/payout-filters';
import { PayoutsTable } from '@/components/payouts/payouts-table';
import { PageHeader } from '@/components/shell/page-header';
import { buttonClass } from '@/components/ui/field';
import { getDb } from '@/db/client';
import { PAYOUT_STATUSES, type PayoutStatus } from '@/db/schema';
import { callerFromUser } from '@/lib/auth/caller';
import { can } from '@/lib/access/permissions';
import { requireUser } from '@/lib/auth/session';
import { listPayouts } from '@/lib/payouts/queries';
import { listPaymentWallets } from '@/lib/wallets/queries';
import { walletListQuerySchema } from '@/lib/wallets/schemas';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('payouts'))('title') };
}

const PAGE_SIZE = 20;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The account's payouts, newest first, by status and wallet. */
export default async function PayoutsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser('/dashboard/payouts');
  const raw = await searchParams;
  const db = await getDb();
  const caller = callerFromUser(user);
  const wallets = await listPaymentWallets(db, caller, walletListQuerySchema.parse({ limit: 100 }));
  // What the URL may carry; a bad value (or a wallet not this account's) is dropped rather than failing the page.
  const one = (key: string) => (typeof raw[key] === 'string' && raw[key] !== '' ? raw[key] : undefined);
  const status = PAYOUT_STATUSES.find((value) => value === one('status')) as PayoutStatus | undefined;
  const walletUuid = wallets.rows.find((wallet) => wallet.walletUuid === one('wallet_uuid'))?.walletUuid;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(one('page') ?? '1', 10) || 1));
  const filters: PayoutFilterValues = { status, wallet_uuid: walletUuid };
  const [t, list] = await Promise.all([getTranslations('payouts'), listPayouts(db, caller, { wallet_uuid: walletUuid, status, page, limit: PAGE_SIZE, sort: 'desc' })]);
  const walletName = new Map(wallets.rows.map((wallet) => [wallet.walletUuid, wallet.name ?? wallet.customerId]));

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          can(user.role, 'payouts.manage') ? (
            <Link href="/dashboard/payouts/new" className={buttonClass}>
              {t('new')}
            </Link>
          ) : null
        }
      />
      <PayoutFilters filters={filters} wallets={wallets.rows.map((wallet) => ({ walletUuid: wallet.walletUuid, label: `${wallet.name ?? wallet.customerId} (${wallet.currency})` }))} />
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {t('count', { count: list.total })}
      </p>
      <PayoutsTable rows={list.rows.map((row) => ({ ...row, walletName: walletName.get(row.walletUuid) ?? row.walletUuid }))} />
      <PageNumberPager page={page} pages={Math.ceil(list.total / PAGE_SIZE)} params={{ ...filters }} />
    </>
  );
}
