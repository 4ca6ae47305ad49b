import type { Metadata } from 'next';
import { createTranslator } from 'next-intl';
import { notFound } from 'next/navigation';
import { ThreeDsChallenge } from '@/components/charges/three-ds-challenge';
import { formatBalance } from '@/components/ui/format';
import { orNotFound } from '@/components/ui/or-not-found';
import { getDb } from '@/db/client';
import { getChallengeView } from '@/lib/charges/challenge';
import { payerLocale } from '@/lib/charges/payer-state';
import { publicChargeParamsSchema } from '@/lib/charges/schemas';
import { MESSAGES } from '@/lib/i18n/catalogues';
import type { WalletCurrency } from '@/lib/money/currency';

export async function generateMetadata(): Promise<Metadata> {
  return { title: '3-D Secure', robots: { index: false } };
}

/**
 * The 3DS challenge a charge's `url_3ds` opens (public: the payer has no account here; the charge
 * id is the capability). Shows whom and how much the payer is paying, then lets the sandbox's
 * challenge pass or fail.
 */
export default async function ThreeDsPage({ params }: { params: Promise<{ chargeUuid: string }> }) {
  const { chargeUuid } = await params;
  if (!publicChargeParamsSchema.safeParse({ uuid: chargeUuid }).success) notFound();
  const view = await orNotFound(getChallengeView(await getDb(), chargeUuid));
  const locale = payerLocale(view.currency);
  // The charge's language, not the visitor's: the request's own catalogue may be another.
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'threeDs' });
  const amount = formatBalance(view.amount, view.currency as WalletCurrency, locale);

  return (
    <main lang={locale} className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{t('eyebrow')}</p>
        <h1 className="mt-1 text-xl font-semibold">{t('title')}</h1>
        <dl className="my-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="text-slate-500">{t('merchant')}</dt>
          <dd data-testid="challenge-merchant">{view.merchantLabel}</dd>
          <dt className="text-slate-500">{t('amount')}</dt>
          <dd className="font-semibold tabular-nums" data-testid="challenge-amount">
            {amount}
          </dd>
        </dl>
        {view.status === 'pending' ? (
          <>
            <p className="mb-4 text-sm text-slate-600">{t('instructions')}</p>
            <ThreeDsChallenge
              chargeUuid={view.chargeUuid}
              redirectUrl={view.redirectUrl}
              texts={{
                authenticate: t('authenticate'),
                fail: t('fail'),
                working: t('working'),
                passed: t('passed'),
                failed: t('failed'),
                unknown: t('unknown'),
                redirecting: t('redirecting'),
                continue: t('continue'),
              }}
            />
          </>
        ) : (
          <p role="status" className="text-sm text-slate-700">
            {t('notPending')}
          </p>
        )}
      </div>
    </main>
  );
}
