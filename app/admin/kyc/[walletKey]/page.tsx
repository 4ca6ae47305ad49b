import type { Metadata } from 'next';
import Link from 'next/link';
import { ApproveButton } from '@/components/kyc/approve-button';
import { KycChecks } from '@/components/kyc/kyc-checks';
import { OwnerDetails } from '@/components/kyc/owner-details';
import { RejectForm } from '@/components/kyc/reject-form';
import { PageHeader } from '@/components/shell/page-header';
import { orNotFound } from '@/components/ui/or-not-found';
import { formatDateTime, formatMoney } from '@/components/ui/format';
import { StatusBadge } from '@/components/ui/status-badge';
import { getDb } from '@/db/client';
import { operatorFromSession } from '@/lib/auth/session';
import { getFormatting } from '@/lib/i18n/formatting';
import { getKycReview } from '@/lib/kyc/queue';
import { getTranslations } from 'next-intl/server';
import { approveKycAction, rejectKycAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('kyc'))('queueTitle') };
}

export default async function KycReviewPage({ params }: { params: Promise<{ walletKey: string }> }) {
  const { walletKey } = await params;
  const operator = await operatorFromSession(`/admin/kyc/${walletKey}`);
  const review = await orNotFound(getKycReview(await getDb(), operator, walletKey));
  const pending = review.status === 'pending_analysis' && !review.decision;
  const [t, kinds, formatting] = await Promise.all([getTranslations('kyc'), getTranslations('creditWallet'), getFormatting()]);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/kyc" className="text-brand-700 hover:underline">
          {t('back')}
        </Link>
      </p>
      <PageHeader
        title={review.owner.name}
        description={t('reviewDescription', { account: review.accountName, type: kinds(review.walletType === 'payroll' ? 'payroll' : 'default').toLowerCase(), wallet: review.walletKey, date: formatDateTime(review.createdAt, formatting) })}
        actions={<StatusBadge kind="wallet" status={review.status} />}
      />

      <dl aria-label={t('requestedLimit')} className="mb-6 flex gap-3 text-sm">
        <dt className="text-slate-500">{t('requestedLimit')}</dt>
        <dd className="font-medium" data-testid="requested-limit">
          {review.requestedLimitMinor === null ? t('requestedLimitNone') : formatMoney(review.requestedLimitMinor, 'BRL', formatting.locale)}
        </dd>
      </dl>

      {review.decision ? (
        <section aria-labelledby="decision-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <h2 id="decision-heading" className="mb-1 font-semibold">
            {t('decision')}
          </h2>
          <p>
            {t(review.decision.reason === null ? 'approvedBy' : 'rejectedBy', { who: review.decision.decidedBy, date: formatDateTime(review.decision.decidedAt, formatting) })}
          </p>
          {review.decision.reason !== null ? <p className="mt-1">{t('reasonLine', { reason: review.decision.reason })}</p> : null}
        </section>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="checks-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="checks-heading" className="mb-2 text-sm font-semibold">
            {t('checks')}
          </h2>
          <KycChecks checks={review.checks} />
          {review.duplicates.length ? (
            <ul aria-label={t('duplicates')} className="mt-2 list-disc pl-5 text-xs text-slate-600">
              {review.duplicates.map((duplicate) => (
                <li key={duplicate.walletKey}>
                  {duplicate.accountName}: <span className="font-mono">{duplicate.walletKey}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </section>

        <section aria-labelledby="owner-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="owner-heading" className="mb-2 text-sm font-semibold">
            {t('owner')}
          </h2>
          <OwnerDetails owner={review.owner} />
        </section>
      </div>

      {pending ? (
        <section aria-labelledby="decide-heading" className="mt-6 grid gap-6 rounded-lg border border-slate-200 bg-white p-4 lg:grid-cols-2">
          <h2 id="decide-heading" className="text-sm font-semibold lg:col-span-2">
            {t('decide')}
          </h2>
          <ApproveButton walletKey={review.walletKey} ownerName={review.owner.name} approve={approveKycAction} />
          <RejectForm walletKey={review.walletKey} ownerName={review.owner.name} reject={rejectKycAction} />
        </section>
      ) : null}
    </>
  );
}
