import type { Metadata } from 'next';
import { createTranslator, NextIntlClientProvider } from 'next-intl';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { CardPaymentForm } from '@/components/pay/card-payment-form';
import { LivePaymentStatus } from '@/components/pay/live-payment-status';
import { BoletoPaymentSection, paymentSectionClass, PixPaymentSection } from '@/components/pay/payment-sections';
import { secondaryButtonClass } from '@/components/ui/field';
import { formatBalance } from '@/components/ui/format';
import { orNotFound } from '@/components/ui/or-not-found';
import { getDb } from '@/db/client';
import { awaitsPayment, payerLocale, payerState, payerTimeZone } from '@/lib/charges/payer-state';
import { getPaymentPageView, type PaymentPageView } from '@/lib/charges/payment-page';
import { publicChargeParamsSchema } from '@/lib/charges/schemas';
import { MESSAGES } from '@/lib/i18n/catalogues';
import type { WalletCurrency } from '@/lib/money/currency';

// One read per request, shared by the metadata and the page.
const viewOf = cache(async (chargeUuid: string): Promise<PaymentPageView> => {
  if (!publicChargeParamsSchema.safeParse({ uuid: chargeUuid }).success) notFound();
  return orNotFound(getPaymentPageView(await getDb(), chargeUuid));
});

export async function generateMetadata({ params }: { params: Promise<{ chargeUuid: string }> }): Promise<Metadata> {
  const view = await viewOf((await params).chargeUuid);
  const locale = payerLocale(view.currency);
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'payPage' });
  return { title: t('title', { merchant: view.merchantLabel }), robots: { index: false, follow: false } };
}

const sectionClass = paymentSectionClass;

/**
 * The payer's page of a charge (`charge_payment_url`; public: no sign-in, the charge id is the
 * capability). Whom and how much they pay, then how: a Pix QR and its copy-and-paste code, a
 * boleto's line, barcode and slip, or a card form for an issued card charge. Written in the
 * charge's language (pt-BR for reais, es-MX for pesos), mobile first; a waiting Pix or boleto
 * turns to paid by itself.
 */
export default async function PaymentPage({ params }: { params: Promise<{ chargeUuid: string }> }) {
  const view = await viewOf((await params).chargeUuid);
  const locale = payerLocale(view.currency);
  const timeZone = payerTimeZone(view.currency);
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'payPage' });
  const money = (decimal: string) => formatBalance(decimal, view.currency as WalletCurrency, locale);
  const state = payerState(view.method, view.status, view.expired);
  const waiting = awaitsPayment(view.method, view.status);
  const dateTime = (date: Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone }).format(date);
  const dueDate = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'UTC' }).format(new Date(`${view.dueDate}T00:00:00Z`));

  return (
    // The charge's language, not the visitor's: client parts read this catalogue, not the request's.
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={{ payPage: MESSAGES[locale].payPage }}>
      <main lang={locale} className="mx-auto flex min-h-screen w-full max-w-lg flex-col gap-4 px-4 py-6 sm:py-10">
        <header className={sectionClass}>
          <div>
            <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{t('eyebrow')}</p>
            <h1 className="mt-1 text-xl font-semibold" data-testid="pay-merchant">
              {view.merchantLabel}
            </h1>
          </div>
          <dl className="grid grid-cols-[max-content_1fr] items-baseline gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-500">{t('amount')}</dt>
            <dd className="text-2xl font-semibold tabular-nums" data-testid="pay-amount">
              {money(view.amount)}
            </dd>
            <dt className="text-slate-500">{t('description')}</dt>
            <dd data-testid="pay-description">{view.description}</dd>
            <dt className="text-slate-500">{t('status')}</dt>
            <dd>
              <LivePaymentStatus chargeUuid={view.chargeUuid} method={view.method} initialStatus={view.status} expired={view.expired} />
            </dd>
          </dl>
          {/* A boleto paid short or over says what came. */}
          {view.paidAmount && view.paidAmount !== view.amount ? <p className="text-sm text-slate-700">{t('paidAmount', { amount: money(view.paidAmount) })}</p> : null}
        </header>

        {view.pix && waiting ? <PixPaymentSection copyPaste={view.pix.copyPaste} expires={view.expiresAt ? dateTime(view.expiresAt) : null} t={t} /> : null}

        {view.boleto && waiting ? <BoletoPaymentSection chargeUuid={view.chargeUuid} boleto={view.boleto} due={dueDate} t={t} /> : null}

        {(view.method === 'credit_card' || view.method === 'debit_card') && view.status === 'issued' ? (
          <section aria-labelledby="card-title" className={sectionClass}>
            <h2 id="card-title" className="text-lg font-semibold">
              {t('card.heading')}
            </h2>
            <CardPaymentForm chargeUuid={view.chargeUuid} amountLabel={money(view.amount)} />
          </section>
        ) : null}

        {state !== 'awaiting' ? (
          <div className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-5 text-sm text-slate-700">
            <p data-testid="pay-closed">{t(`closed.${state}`)}</p>
            {state === 'processing' ? (
              <a href={`/pay/3ds/${view.chargeUuid}`} className={`${secondaryButtonClass} self-start`}>
                {t('card.authenticate')}
              </a>
            ) : null}
          </div>
        ) : null}
      </main>
    </NextIntlClientProvider>
  );
}
