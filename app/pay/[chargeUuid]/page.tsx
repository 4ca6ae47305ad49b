import type { Metadata } from 'next';
import { createTranslator, NextIntlClientProvider } from 'next-intl';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { CardPaymentForm } from '@/components/pay/card-payment-form';
import { CopyButton } from '@/components/pay/copy-button';
import { InlineSvg } from '@/components/pay/inline-svg';
import { LivePaymentStatus } from '@/components/pay/live-payment-status';
import { secondaryButtonClass } from '@/components/ui/field';
import { formatBalance } from '@/components/ui/format';
import { orNotFound } from '@/components/ui/or-not-found';
import { getDb } from '@/db/client';
import { boletoBarcodeSvg } from '@/lib/boleto/slip-pdf';
import { awaitsPayment, payerLocale, payerState, payerTimeZone } from '@/lib/charges/payer-state';
import { getPaymentPageView, type PaymentPageView } from '@/lib/charges/payment-page';
import { publicChargeParamsSchema } from '@/lib/charges/schemas';
import { MESSAGES } from '@/lib/i18n/catalogues';
import type { WalletCurrency } from '@/lib/money/currency';
import { pixQrSvg } from '@/lib/pix/qr';

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

const sectionClass = 'flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm';

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

        {view.pix && waiting ? <PixSection copyPaste={view.pix.copyPaste} expiresAt={view.expiresAt ? dateTime(view.expiresAt) : null} t={t} /> : null}

        {view.boleto && waiting ? <BoletoSection chargeUuid={view.chargeUuid} boleto={view.boleto} dueDate={dueDate} t={t} /> : null}

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

type PayPageTranslator = ReturnType<typeof createTranslator<(typeof MESSAGES)['en'], 'payPage'>>;

async function PixSection({ copyPaste, expiresAt, t }: { copyPaste: string; expiresAt: string | null; t: PayPageTranslator }) {
  const svg = await pixQrSvg(copyPaste);
  return (
    <section aria-labelledby="pix-title" className={sectionClass}>
      <h2 id="pix-title" className="text-lg font-semibold">
        {t('pix.heading')}
      </h2>
      <p className="text-sm text-slate-600">{t('pix.instructions')}</p>
      <InlineSvg svg={svg} label={t('pix.qrLabel')} testId="pix-qr" className="mx-auto aspect-square w-full max-w-64" />
      <label htmlFor="pix-code" className="text-sm font-medium text-slate-700">
        {t('pix.code')}
      </label>
      <textarea id="pix-code" readOnly rows={4} value={copyPaste} className="w-full resize-none rounded-md border border-slate-300 bg-slate-50 p-3 font-mono text-xs break-all" />
      <CopyButton text={copyPaste} label={t('pix.copy')} />
      {expiresAt ? (
        <p className="text-sm text-slate-600" data-testid="pix-expires">
          {t('pix.expires', { when: expiresAt })}
        </p>
      ) : null}
    </section>
  );
}

function BoletoSection({
  chargeUuid,
  boleto,
  dueDate,
  t,
}: {
  chargeUuid: string;
  boleto: NonNullable<PaymentPageView['boleto']>;
  dueDate: string;
  t: PayPageTranslator;
}) {
  return (
    <section aria-labelledby="boleto-title" className={sectionClass}>
      <h2 id="boleto-title" className="text-lg font-semibold">
        {t('boleto.heading')}
      </h2>
      <p className="text-sm text-slate-600">{t('boleto.instructions')}</p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-slate-500">{t('boleto.due')}</dt>
        <dd data-testid="boleto-due">{dueDate}</dd>
      </dl>
      <div className="flex flex-col gap-2">
        <p id="boleto-line-label" className="text-sm font-medium text-slate-700">
          {t('boleto.line')}
        </p>
        <p aria-labelledby="boleto-line-label" className="rounded-md bg-slate-50 p-3 font-mono text-sm break-all select-all" data-testid="boleto-line">
          {boleto.formattedLine}
        </p>
        <CopyButton text={boleto.digitableLine} label={t('boleto.copy')} />
      </div>
      <InlineSvg svg={boletoBarcodeSvg(boleto.barcode)} stretch label={t('boleto.barcodeLabel')} testId="boleto-barcode" className="h-14 w-full bg-white" />
      <div className="flex flex-wrap gap-3">
        <a href={`/pay/${chargeUuid}/boleto`} className={secondaryButtonClass}>
          {t('boleto.slip')}
        </a>
        <a href={`/pay/${chargeUuid}/boleto.pdf`} className={secondaryButtonClass} type="application/pdf">
          {t('boleto.pdf')}
        </a>
      </div>
    </section>
  );
}
