import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/shell/page-header';
import { Detail, DetailList } from '@/components/ui/details';
import { formatDateTime, formatMoney } from '@/components/ui/format';
import { orNotFound } from '@/components/ui/or-not-found';
import { Pagination } from '@/components/ui/pagination';
import { SectionCard } from '@/components/ui/section-card';
import { StatusBadge } from '@/components/ui/status-badge';
import { DepositCode } from '@/components/virtual-wallets/deposit-code';
import { DepositsTable } from '@/components/virtual-wallets/deposits-table';
import { SandboxDepositForm } from '@/components/virtual-wallets/sandbox-deposit-form';
import { TransferForm } from '@/components/virtual-wallets/transfer-form';
import { VirtualStatementTable } from '@/components/virtual-wallets/virtual-statement-table';
import { VirtualWalletLifecycle } from '@/components/virtual-wallets/virtual-wallet-lifecycle';
import { getDb } from '@/db/client';
import { can } from '@/lib/access/permissions';
import { callerFromUser } from '@/lib/auth/caller';
import { requireUser } from '@/lib/auth/session';
import { isProductionApp } from '@/lib/env';
import { isAppError } from '@/lib/errors/app-error';
import { getFormatting } from '@/lib/i18n/formatting';
import { statementCursorSchema } from '@/lib/ledger/cursor';
import type { WalletCurrency } from '@/lib/money/currency';
import { pixQrSvg } from '@/lib/pix/qr';
import { depositCode } from '@/lib/virtual-wallets/deposit-code';
import { holdingOverview } from '@/lib/virtual-wallets/overview';
import { listDeposits } from '@/lib/virtual-wallets/queries';
import { virtualWalletParamsSchema } from '@/lib/virtual-wallets/schemas';
import { virtualWalletStatement } from '@/lib/virtual-wallets/statement';
import { getPaymentWallet } from '@/lib/wallets/queries';
import {
  deactivateVirtualWalletAction,
  reactivateVirtualWalletAction,
  simulateVirtualDepositAction,
  transferVirtualWalletAction,
} from '../../virtual-wallet-actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('virtualWallets.wallet'))('title') };
}

const STATEMENT_PAGE = 20;
const RECENT_DEPOSITS = 10;

type Params = Promise<{ walletUuid: string; virtualWalletUuid: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * One virtual wallet: its balance and status, its deposit QR and BR Code (when the account has a
 * Pix key), its statement and deposits; for `wallets.manage`, transfers with the holding and
 * deactivation; outside production, a sandbox deposit.
 */
export default async function VirtualWalletPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { walletUuid, virtualWalletUuid } = await params;
  const path = `/dashboard/wallets/${walletUuid}/virtual/${virtualWalletUuid}`;
  const user = await requireUser(path);
  if (!virtualWalletParamsSchema.safeParse({ wallet_uuid: walletUuid, virtual_wallet_uuid: virtualWalletUuid }).success) notFound();
  const after = (await searchParams).starting_after;
  const startingAfter = typeof after === 'string' && statementCursorSchema.safeParse(after).success ? after : undefined;
  const canManage = can(user.role, 'wallets.manage');
  const db = await getDb();
  const caller = callerFromUser(user);
  // The statement reads the wallet itself (404 for another holding's or account's).
  const statement = await orNotFound(virtualWalletStatement(db, caller, walletUuid, virtualWalletUuid, { limit: STATEMENT_PAGE, startingAfter }));
  const found = statement.virtualWallet;
  const [holding, overview, code, deposits, t, formatting] = await Promise.all([
    getPaymentWallet(db, caller, found.walletUuid),
    holdingOverview(db, caller, found.walletUuid),
    depositCodeOrNull(depositCode(db, caller, found.walletUuid, found.virtualWalletUuid)),
    listDeposits(db, caller, found.walletUuid, { page: 1, limit: RECENT_DEPOSITS, virtual_wallet_uuid: found.virtualWalletUuid }),
    getTranslations('virtualWallets'),
    getFormatting(),
  ]);
  const currency = found.currency as WalletCurrency;
  const money = (minor: bigint) => formatMoney(minor, currency, formatting.locale);
  const target = { wallet_uuid: found.walletUuid, virtual_wallet_uuid: found.virtualWalletUuid };
  const deactivated = found.status === 'deactivated';
  const holdingName = holding.name ?? holding.customerId ?? holding.walletUuid;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/dashboard/wallets/${found.walletUuid}/holding`} className="text-brand-700 hover:underline">
          {t('wallet.back')}
        </Link>
      </p>
      <PageHeader
        title={found.name}
        description={t('wallet.description', { reference: found.reference, holding: holdingName })}
        actions={canManage ? <VirtualWalletLifecycle target={target} status={found.status} actions={{ deactivate: deactivateVirtualWalletAction, reactivate: reactivateVirtualWalletAction }} /> : null}
      />
      <SectionCard id="details" title={t('wallet.details')}>
        <DetailList>
          <Detail term={t('wallet.balance')}>
            <span className="text-lg font-semibold tabular-nums" data-testid="virtual-balance">
              {money(found.balanceMinor)}
            </span>
          </Detail>
          <Detail term={t('wallet.status')}>
            <StatusBadge kind="virtualWallet" status={found.status} />
          </Detail>
          <Detail term={t('wallet.reference')} mono>
            {found.reference}
          </Detail>
          <Detail term={t('wallet.holding')}>
            <Link href={`/dashboard/wallets/${found.walletUuid}`} className="text-brand-700 hover:underline">
              {holdingName}
            </Link>
          </Detail>
          <Detail term={t('wallet.id')} mono>
            {found.virtualWalletUuid}
          </Detail>
          <Detail term={t('wallet.txid')} mono>
            {found.pixTxid}
          </Detail>
          <Detail term={t('wallet.created')}>{formatDateTime(found.createdAt, formatting)}</Detail>
          {found.deactivatedAt ? <Detail term={t('wallet.deactivatedAt')}>{formatDateTime(found.deactivatedAt, formatting)}</Detail> : null}
        </DetailList>
      </SectionCard>
      <SectionCard id="deposit" title={t('wallet.deposit')}>
        <DepositCode code={code} minimum={money(overview.configuration.minimumDepositMinor)} deactivated={deactivated} />
        {canManage && !isProductionApp() ? (
          <div className="border-t border-slate-200 bg-amber-50 px-4 py-3">
            <SandboxDepositForm target={target} currency={currency} deposit={simulateVirtualDepositAction} />
          </div>
        ) : null}
      </SectionCard>
      {canManage ? (
        <SectionCard id="transfer" title={t('transfer.title')}>
          <TransferForm
            target={target}
            names={{ holding: holdingName, wallet: found.name }}
            currency={currency}
            limits={{ toVirtual: money(overview.transferableMinor), toHolding: money(found.balanceMinor) }}
            deactivated={deactivated}
            transfer={transferVirtualWalletAction}
          />
        </SectionCard>
      ) : null}
      <SectionCard id="statement" title={t('wallet.statement')}>
        <VirtualStatementTable rows={statement.rows} currency={currency} />
        <div className="px-4 pb-3 empty:hidden">
          <Pagination nextCursor={statement.nextCursor} params={{}} onFirstPage={!startingAfter} />
        </div>
      </SectionCard>
      <SectionCard id="deposits" title={t('wallet.deposits')}>
        <DepositsTable rows={deposits.rows} showWallet={false} />
      </SectionCard>
    </>
  );
}

/** The wallet's BR Code and its QR drawn as SVG (as a Pix charge's page draws it); null while the account has no Pix key. */
async function depositCodeOrNull(pending: ReturnType<typeof depositCode>): Promise<{ copyPaste: string; qrSvg: string } | null> {
  try {
    const { copyPaste } = await pending;
    return { copyPaste, qrSvg: await pixQrSvg(copyPaste) };
  } catch (error) {
    if (isAppError(error) && error.code === 'errors.pix.key_not_configured') return null;
    throw error;
  }
}
