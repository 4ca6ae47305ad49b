import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/shell/page-header';
import { Detail, DetailList } from '@/components/ui/details';
import { formatMoney } from '@/components/ui/format';
import { orNotFound } from '@/components/ui/or-not-found';
import { Pagination } from '@/components/ui/pagination';
import { SectionCard } from '@/components/ui/section-card';
import { DepositsTable } from '@/components/virtual-wallets/deposits-table';
import { formatRatio } from '@/components/virtual-wallets/format-ratio';
import { HoldingConfigurationForm } from '@/components/virtual-wallets/holding-configuration-form';
import { HoldingFigures } from '@/components/virtual-wallets/holding-figures';
import { HoldingHistory } from '@/components/virtual-wallets/holding-history';
import { NewVirtualWalletForm } from '@/components/virtual-wallets/new-virtual-wallet-form';
import { VirtualWalletFilters } from '@/components/virtual-wallets/virtual-wallet-filters';
import { VirtualWalletTable } from '@/components/virtual-wallets/virtual-wallet-table';
import { getDb } from '@/db/client';
import { can } from '@/lib/access/permissions';
import { callerFromUser } from '@/lib/auth/caller';
import { requireUser } from '@/lib/auth/session';
import { getFormatting } from '@/lib/i18n/formatting';
import type { WalletCurrency } from '@/lib/money/currency';
import { formatMinor } from '@/lib/money/decimal';
import { holdingHistory, holdingOverview } from '@/lib/virtual-wallets/overview';
import { listDeposits, listVirtualWallets } from '@/lib/virtual-wallets/queries';
import { virtualWalletListQuerySchema } from '@/lib/virtual-wallets/schemas';
import { getPaymentWallet } from '@/lib/wallets/queries';
import { walletParamsSchema } from '@/lib/wallets/schemas';
import { createVirtualWalletAction, updateHoldingConfigurationAction } from '../virtual-wallet-actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('virtualWallets.holding'))('title') };
}

const PAGE_SIZE = '20';
const HISTORY_DAYS = 30;
const RECENT_DEPOSITS = 10;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The holding view (issue 20): a BRL payment wallet's real balance against the sum of its virtual
 * wallets' balances and the reserve ratio, over the last days too; its settings; its virtual
 * wallets (searched, filtered, paged in the URL) and a form for a new one; its recent deposits.
 * Every member reads it; only `wallets.manage` sees the forms.
 */
export default async function HoldingPage({ params, searchParams }: { params: Promise<{ walletUuid: string }>; searchParams: SearchParams }) {
  const { walletUuid } = await params;
  const user = await requireUser(`/dashboard/wallets/${walletUuid}/holding`);
  if (!walletParamsSchema.safeParse({ wallet_uuid: walletUuid }).success) notFound();
  const canManage = can(user.role, 'wallets.manage');
  const filters = readFilters(await searchParams);
  const db = await getDb();
  const caller = callerFromUser(user);
  const wallet = await orNotFound(getPaymentWallet(db, caller, walletUuid));
  const [t, formatting] = await Promise.all([getTranslations('virtualWallets'), getFormatting()]);
  const walletName = wallet.name ?? wallet.customerId ?? wallet.walletUuid;
  const back = (
    <p className="mb-2 text-sm">
      <Link href={`/dashboard/wallets/${wallet.walletUuid}`} className="text-brand-700 hover:underline">
        {t('holding.back')}
      </Link>
    </p>
  );
  // Deposits come by Pix: only a reais wallet holds virtual wallets.
  if (wallet.currency !== 'BRL') {
    return (
      <>
        {back}
        <PageHeader title={t('holding.title')} description={walletName} />
        <p className="rounded-lg border border-slate-200 bg-white px-4 py-6 text-sm text-slate-600">{t('holding.notBrl', { currency: wallet.currency })}</p>
      </>
    );
  }

  const [overview, history, list, deposits] = await Promise.all([
    holdingOverview(db, caller, wallet.walletUuid),
    holdingHistory(db, caller, wallet.walletUuid, HISTORY_DAYS),
    listVirtualWallets(db, caller, wallet.walletUuid, virtualWalletListQuerySchema.parse({ ...filters, limit: PAGE_SIZE })),
    listDeposits(db, caller, wallet.walletUuid, { page: 1, limit: RECENT_DEPOSITS }),
  ]);
  const currency = wallet.currency as WalletCurrency;
  const { configuration } = overview;
  const money = (minor: bigint) => formatMoney(minor, currency, formatting.locale);

  return (
    <>
      {back}
      <PageHeader title={t('holding.title')} description={t('holding.description', { wallet: walletName })} />
      <SectionCard id="holding" title={t('holding.figures')}>
        <HoldingFigures overview={overview} />
      </SectionCard>
      <SectionCard id="history" title={t('chart.title', { days: HISTORY_DAYS })}>
        <HoldingHistory days={history.days} currency={currency} reserveRatioBps={configuration.reserveRatioBps} />
      </SectionCard>
      <SectionCard id="configuration" title={t('configuration.title')}>
        <DetailList>
          <Detail term={t('configuration.reserveRatio')}>
            <span data-testid="holding-reserve-ratio">{formatRatio(configuration.reserveRatioBps, formatting.locale)}</span>
          </Detail>
          <Detail term={t('configuration.minimumDeposit')}>{money(configuration.minimumDepositMinor)}</Detail>
          <Detail term={t('configuration.leverageCeiling')}>{money(configuration.leverageCeilingMinor)}</Detail>
        </DetailList>
        {canManage ? (
          <HoldingConfigurationForm
            walletUuid={wallet.walletUuid}
            current={{
              minimumDeposit: formatMinor(configuration.minimumDepositMinor, 2),
              leverageCeiling: formatMinor(configuration.leverageCeilingMinor, 2),
              reserveRatioBps: configuration.reserveRatioBps,
            }}
            save={updateHoldingConfigurationAction}
          />
        ) : null}
      </SectionCard>
      {canManage && wallet.status === 'active' ? (
        <SectionCard id="new-virtual-wallet" title={t('create.title')}>
          <NewVirtualWalletForm walletUuid={wallet.walletUuid} create={createVirtualWalletAction} />
        </SectionCard>
      ) : null}
      <SectionCard id="virtual-wallets" title={t('list.title')}>
        <div className="px-4 pt-4">
          <VirtualWalletFilters walletUuid={wallet.walletUuid} filters={filters} />
          <p className="mb-2 text-sm text-slate-600" aria-live="polite">
            {t('list.count', { count: list.page.total })}
          </p>
        </div>
        <VirtualWalletTable rows={list.page.rows} filtered={!!(filters.search || filters.status)} />
        <div className="px-4 pb-3 empty:hidden">
          <Pagination nextCursor={list.page.nextCursor} params={filters} onFirstPage={!filters.starting_after && !filters.page} />
        </div>
      </SectionCard>
      <SectionCard id="deposits" title={t('deposits.title')}>
        <DepositsTable rows={deposits.rows} showWallet />
      </SectionCard>
    </>
  );
}

/** The URL's filters that make sense; a hand-edited bad value is dropped rather than failing the page. */
function readFilters(raw: Record<string, string | string[] | undefined>) {
  const candidate: Record<string, string> = {};
  for (const key of ['search', 'status', 'page', 'starting_after'] as const) {
    const value = raw[key];
    if (typeof value === 'string' && value.trim() !== '') candidate[key] = value;
  }
  const parsed = virtualWalletListQuerySchema.safeParse(candidate);
  if (!parsed.success) for (const issue of parsed.error.issues) delete candidate[String(issue.path[0])];
  return candidate as { search?: string; status?: string; page?: string; starting_after?: string };
}
