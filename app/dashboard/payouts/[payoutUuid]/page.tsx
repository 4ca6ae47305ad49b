import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { CancelPayoutButton } from '@/components/payouts/cancel-payout-button';
import { PayoutAmounts } from '@/components/payouts/payout-amounts';
import { PayoutDestinationDetails } from '@/components/payouts/payout-destination-details';
import { PayoutStatusBadge } from '@/components/payouts/payout-status-badge';
import { PayoutTimeline } from '@/components/payouts/payout-timeline';
import { PageHeader } from '@/components/shell/page-header';
import { Detail, DetailList } from '@/components/ui/details';
import { formatDateTime, formatIsoDate, formatMoney } from '@/components/ui/format';
import { orNotFound } from '@/components/ui/or-not-found';
import { SectionCard } from '@/components/ui/section-card';
import { getDb } from '@/db/client';
import { callerFromUser } from '@/lib/auth/caller';
import { can } from '@/lib/access/permissions';
import { requireUser } from '@/lib/auth/session';
import { getFormatting } from '@/lib/i18n/formatting';
import type { WalletCurrency } from '@/lib/money/currency';
import { findPayout, payoutTimeline } from '@/lib/payouts/queries';
import { getPaymentWallet } from '@/lib/wallets/queries';
import { cancelPayoutAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('payouts'))('detail.title') };
}

/** One payout: its status and figures, where it went, the rail's ids and answer, and its timeline. */
export default async function PayoutPage({ params }: { params: Promise<{ payoutUuid: string }> }) {
  const { payoutUuid } = await params;
  const user = await requireUser(`/dashboard/payouts/${payoutUuid}`);
  const canManage = can(user.role, 'payouts.manage');
  const db = await getDb();
  const caller = callerFromUser(user);
  // A malformed id, a missing payout and another account's all answer the same 404.
  const payout = await orNotFound(findPayout(db, caller, payoutUuid));
  const [timeline, wallet, t, formatting] = await Promise.all([
    payoutTimeline(db, caller, payout.payoutUuid),
    getPaymentWallet(db, caller, payout.walletUuid),
    getTranslations('payouts'),
    getFormatting(),
  ]);
  const scheduled = payout.status === 'pending' && payout.scheduleDate !== null;
  const total = formatMoney(payout.amountMinor + payout.feeMinor, payout.currency as WalletCurrency, formatting.locale);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/dashboard/payouts" className="text-brand-700 hover:underline">
          {t('detail.back')}
        </Link>
      </p>
      <PageHeader
        title={payout.description}
        description={formatMoney(payout.amountMinor, payout.currency as WalletCurrency, formatting.locale)}
        actions={canManage && scheduled ? <CancelPayoutButton payoutUuid={payout.payoutUuid} total={total} cancel={cancelPayoutAction} /> : null}
      />
      <SectionCard id="summary" title={t('detail.summary')}>
        <DetailList>
          <Detail term={t('detail.status')}>
            <span data-testid="payout-status">
              <PayoutStatusBadge status={payout.status} />
            </span>
          </Detail>
          {payout.message?.length ? (
            <Detail term={t('detail.message')}>
              {payout.message.map((message) => (
                <span key={message.code} className="block text-red-800" data-testid="payout-message">
                  {message.description} <span className="font-mono text-xs">({message.code})</span>
                </span>
              ))}
            </Detail>
          ) : null}
          <Detail term={t('detail.type')}>{t(`types.${payout.typePayout}`)}</Detail>
          <Detail term={t('detail.wallet')}>
            <Link href={`/dashboard/wallets/${wallet.walletUuid}`} className="text-brand-700 hover:underline">
              {wallet.name ?? wallet.customerId}
            </Link>
          </Detail>
          <Detail term={t('detail.created')}>{formatDateTime(payout.createdAt, formatting)}</Detail>
          {payout.scheduleDate ? <Detail term={t('detail.scheduleDate')}>{formatIsoDate(payout.scheduleDate, formatting.locale)}</Detail> : null}
          {payout.submittedAt ? <Detail term={t('detail.submitted')}>{formatDateTime(payout.submittedAt, formatting)}</Detail> : null}
          {payout.confirmedAt ? <Detail term={t('detail.confirmed')}>{formatDateTime(payout.confirmedAt, formatting)}</Detail> : null}
          <Detail term={t('detail.payoutId')} mono>
            {payout.payoutUuid}
          </Detail>
          {payout.externalId ? (
            <Detail term={t('detail.externalId')} mono>
              <span data-testid="payout-external-id">{payout.externalId}</span>
            </Detail>
          ) : null}
          {payout.authorizationCode ? (
            <Detail term={t('detail.authorizationCode')} mono>
              {payout.authorizationCode}
            </Detail>
          ) : null}
          <Detail term={t('detail.reference')} mono>
            {payout.transactionReference}
          </Detail>
        </DetailList>
      </SectionCard>
      <SectionCard id="amounts" title={t('detail.amounts')}>
        <PayoutAmounts amountMinor={payout.amountMinor} feeMinor={payout.feeMinor} currency={payout.currency} />
      </SectionCard>
      <SectionCard id="destination" title={t('detail.destination')}>
        <PayoutDestinationDetails destination={payout.destination} />
      </SectionCard>
      <SectionCard id="timeline" title={t('detail.timeline')}>
        <PayoutTimeline steps={timeline.map((step) => ({ id: String(step.id), at: step.occurredAt, from: step.fromStatus, to: step.toStatus, reason: step.reason }))} />
      </SectionCard>
    </>
  );
}
