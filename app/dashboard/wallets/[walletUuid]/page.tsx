import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LiveBalanceFigures } from '@/components/ledger/live-balance-figures';
import { StatementTable } from '@/components/ledger/statement-table';
import { PageHeader } from '@/components/shell/page-header';
import { Detail, DetailList } from '@/components/ui/details';
import { secondaryButtonClass } from '@/components/ui/field';
import { orNotFound } from '@/components/ui/or-not-found';
import { formatDateTime } from '@/components/ui/format';
import { Pagination } from '@/components/ui/pagination';
import { LifecycleButton } from '@/components/wallets/lifecycle-button';
import { StatusBadge } from '@/components/ui/status-badge';
import { WalletClients } from '@/components/wallets/wallet-clients';
import { getDb } from '@/db/client';
import { listMerchants } from '@/lib/accounts/queries';
import { callerFromUser } from '@/lib/auth/caller';
import { can } from '@/lib/access/permissions';
import { requireUser } from '@/lib/auth/session';
import { walletBalances } from '@/lib/ledger/balances';
import { statementCursorSchema } from '@/lib/ledger/cursor';
import { walletStatement } from '@/lib/ledger/statement';
import { getFormatting } from '@/lib/i18n/formatting';
import type { WalletCurrency } from '@/lib/money/currency';
import { listWalletClients } from '@/lib/wallets/credentials';
import { getPaymentWallet } from '@/lib/wallets/queries';
import { walletParamsSchema } from '@/lib/wallets/schemas';
import { toWalletBody } from '@/lib/wallets/serialize';
import { deactivateWalletAction, reactivateWalletAction, readWalletBalancesAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('wallet'))('title') };
}

const STATEMENT_PAGE = 20;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PaymentWalletPage({ params, searchParams }: { params: Promise<{ walletUuid: string }>; searchParams: SearchParams }) {
  const { walletUuid } = await params;
  // The statement's page: a cursor this page handed out, or the newest entries.
  const after = (await searchParams).starting_after;
  const startingAfter = typeof after === 'string' && statementCursorSchema.safeParse(after).success ? after : undefined;
  const user = await requireUser(`/dashboard/wallets/${walletUuid}`);
  const canManage = can(user.role, 'wallets.manage');
  if (!walletParamsSchema.safeParse({ wallet_uuid: walletUuid }).success) notFound();
  const db = await getDb();
  const caller = callerFromUser(user);
  const found = await orNotFound(getPaymentWallet(db, caller, walletUuid));
  const [clients, merchants, balances, statement] = await Promise.all([
    listWalletClients(db, caller, walletUuid),
    listMerchants(db, caller),
    walletBalances(db, caller, found.walletUuid),
    walletStatement(db, caller, found.walletUuid, { limit: STATEMENT_PAGE, startingAfter }),
  ]);
  const wallet = toWalletBody(found, balances.available);
  const [t, tw, tv, formatting] = await Promise.all([getTranslations('wallet'), getTranslations('wallets'), getTranslations('virtualWallets.holding'), getFormatting()]);
  const merchantName = merchants.find((m) => m.merchantUuid === wallet.merchant_uuid)?.name;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/dashboard/wallets" className="text-brand-700 hover:underline">
          {t('back')}
        </Link>
      </p>
      <PageHeader title={wallet.name ?? t('title')} actions={canManage ? <LifecycleButton walletUuid={wallet.wallet_uuid} status={wallet.status} actions={{ deactivate: deactivateWalletAction, reactivate: reactivateWalletAction }} /> : null} />
      <section aria-labelledby="balance-title" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="balance-title" className="mb-3 text-sm font-semibold text-slate-500">
          {t('balances')}
        </h2>
        <LiveBalanceFigures
          walletUuid={wallet.wallet_uuid}
          currency={wallet.currency as WalletCurrency}
          initial={{ available: balances.available.toString(), pending: balances.pending.toString(), reserved: balances.reserved.toString() }}
          read={readWalletBalancesAction}
          testIds={{ available: 'wallet-balance', pending: 'wallet-pending', reserved: 'wallet-reserved' }}
        />
      </section>
      {wallet.currency === 'BRL' ? (
        <section aria-labelledby="virtual-title" className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3">
          <div>
            <h2 id="virtual-title" className="text-sm font-semibold">
              {tv('walletLink')}
            </h2>
            <p className="text-sm text-slate-600">{tv('walletLinkHint')}</p>
          </div>
          <Link href={`/dashboard/wallets/${wallet.wallet_uuid}/holding`} className={`${secondaryButtonClass} px-3 py-1 text-xs`}>
            {tv('openHolding')}
          </Link>
        </section>
      ) : null}
      <section aria-labelledby="details-title" className="mb-6 rounded-lg border border-slate-200 bg-white">
        <h2 id="details-title" className="border-b border-slate-200 px-4 py-3 text-sm font-semibold">
          {t('details')}
        </h2>
        <DetailList>
          <Detail term={tw('status')}>
            <StatusBadge kind="wallet" status={wallet.status} />
          </Detail>
          <Detail term={t('walletId')} mono>
            {wallet.wallet_uuid}
          </Detail>
          <Detail term={tw('merchant')}>
            {merchantName} <span className="font-mono text-xs text-slate-500">{wallet.merchant_uuid}</span>
          </Detail>
          <Detail term={tw('currency')}>{wallet.currency}</Detail>
          <Detail term={t('customerId')} mono>
            {wallet.customer_id}
          </Detail>
          <Detail term={t('email')}>{wallet.email}</Detail>
          <Detail term={tw('created')}>{formatDateTime(found.createdAt, formatting)}</Detail>
        </DetailList>
      </section>
      <section aria-labelledby="statement-title" className="mb-6 rounded-lg border border-slate-200 bg-white">
        <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-4 py-2">
          <h2 id="statement-title" className="text-sm font-semibold">
            {t('statement')}
          </h2>
          <a href={`/dashboard/wallets/${wallet.wallet_uuid}/statement.csv`} download className={`${secondaryButtonClass} px-3 py-1 text-xs`}>
            {t('downloadCsv')}
          </a>
        </div>
        <StatementTable rows={statement.rows} currency={wallet.currency as WalletCurrency} />
        <div className="px-4 pb-3 empty:hidden">
          <Pagination nextCursor={statement.nextCursor} params={{}} onFirstPage={!startingAfter} />
        </div>
      </section>
      <section aria-labelledby="credentials-title" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="credentials-title" className="border-b border-slate-200 px-4 py-3 text-sm font-semibold">
          {t('credentials')}
        </h2>
        <WalletClients clients={clients} />
      </section>
    </>
  );
}
