import type { Metadata } from 'next';
import { createTranslator, NextIntlClientProvider } from 'next-intl';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { CheckoutShell } from '@/components/checkout/checkout-shell';
import { CheckoutSummary } from '@/components/checkout/checkout-summary';
import { ReturnToMerchant } from '@/components/checkout/return-to-merchant';
import { CopyButton } from '@/components/pay/copy-button';
import { InlineSvg } from '@/components/pay/inline-svg';
import { LivePaymentStatus } from '@/components/pay/live-payment-status';
import { buttonClass, secondaryButtonClass } from '@/components/ui/field';
import { formatBalance } from '@/components/ui/format';
import { orNotFound } from '@/components/ui/or-not-found';
import { getDb } from '@/db/client';
import { boletoBarcodeSvg } from '@/lib/boleto/slip-pdf';
import { awaitsPayment, payerLocale, payerState, payerTimeZone } from '@/lib/charges/payer-state';
import { getPaymentPageView, type PaymentPageView } from '@/lib/charges/payment-page';
import { getPublicCharge } from '@/lib/charges/queries';
import { publicChargeParamsSchema } from '@/lib/charges/schemas';
import { MESSAGES } from '@/lib/i18n/catalogues';
import { currencyDigits, type WalletCurrency } from '@/lib/money/currency';
import { formatMinor } from '@/lib/money/decimal';
import { checkoutView } from '@/lib/payment-links/checkout';
import { publicLinkParamsSchema } from '@/lib/payment-links/schemas';
import { pixQrSvg } from '@/lib/pix/qr';

type Params = Promise<{ paymentLinkUuid: string; chargeUuid: string }>;

/** The link and one of its payments; a charge another link (or none) started is not found here. */
const viewsOf = cache(async (paymentLinkUuid: string, chargeUuid: string) => {
  if (!publicLinkParamsSchema.safeParse({ uuid: paymentLinkUuid }).success || !publicChargeParamsSchema.safeParse({ uuid: chargeUuid }).success) notFound();
  const db = await getDb();
  const [checkout, charge] = await Promise.all([orNotFound(checkoutView(db, paymentLinkUuid)), orNotFound(getPublicCharge(db, chargeUuid))]);
  if (charge.paymentLinkUuid !== checkout.link.paymentLinkUuid) notFound();
  return { checkout, payment: await getPaymentPageView(db, chargeUuid), redirectUrl: charge.redirectUrl };
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { paymentLinkUuid, chargeUuid } = await params;
  const { checkout } = await viewsOf(paymentLinkUuid, chargeUuid);
  const locale = payerLocale(checkout.link.currency);
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'checkout' });
  return { title: t('title', { product: checkout.link.name, merchant: checkout.merchantName }), robots: { index: false, follow: false } };
}

const sectionClass = 'flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm';

/**
 * A payment made from a link's checkout, as its payer follows it: a Pix's QR code and code or a
 * boleto's line, barcode and PDF while they wait (the status turns by itself), then the outcome: paid,
 * with the way back to the merchant's `redirect_url`, or not, with the way back to the checkout.
 */
export default async function CheckoutPaymentPage({ params }: { params: Params }) {
  const { paymentLinkUuid, chargeUuid } = await params;
  const { checkout, payment, redirectUrl } = await viewsOf(paymentLinkUuid, chargeUuid);
  const { link } = checkout;
  const currency = link.currency as WalletCurrency;
  const locale = payerLocale(currency);
  const timeZone = payerTimeZone(currency);
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'checkout' });
  const pay = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'payPage' });
  const state = payerState(payment.method, payment.status, payment.expired);
  const waiting = awaitsPayment(payment.method, payment.status);
  const paid = state === 'paid' || state === 'settling';
  const amount = formatBalance(payment.amount, currency, locale);
  const checkoutHref = `/checkout/${link.paymentLinkUuid}`;

  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={{ checkout: MESSAGES[locale].checkout, payPage: MESSAGES[locale].payPage }}>
      <CheckoutShell locale={locale}>
        <CheckoutSummary merchantName={checkout.merchantName} productName={link.name} description={link.description} amount={formatBalance(formatMinor(link.valueMinor, currencyDigits(currency)), currency, locale)} />

        <section aria-labelledby="payment-title" className={sectionClass}>
          <h2 id="payment-title" className="text-lg font-semibold" data-testid="checkout-outcome" data-state={state}>
            {t(`outcome.${state}`)}
          </h2>
          <LivePaymentStatus chargeUuid={payment.chargeUuid} method={payment.method} initialStatus={payment.status} expired={payment.expired} />
          {paid ? (
            <>
              <p className="text-sm text-slate-700">{t('thanks', { merchant: checkout.merchantName, amount })}</p>
              {redirectUrl ? <ReturnToMerchant url={redirectUrl} merchant={checkout.merchantName} /> : null}
            </>
          ) : null}
          {state === 'processing' ? (
            <a href={`/pay/3ds/${payment.chargeUuid}`} className={`${buttonClass} self-start`}>
              {pay('card.authenticate')}
            </a>
          ) : null}
          {state === 'failed' || state === 'canceled' || state === 'expired' ? (
            <>
              <p className="text-sm text-slate-700">{pay(`closed.${state}`)}</p>
              {checkout.status === 'active' ? (
                <a href={checkoutHref} className={`${buttonClass} self-start`}>
                  {t('tryAgain')}
                </a>
              ) : null}
            </>
          ) : null}
        </section>

        {payment.pix && waiting ? <PixSection copyPaste={payment.pix.copyPaste} expiresAt={payment.expiresAt} locale={locale} timeZone={timeZone} pay={pay} /> : null}
        {payment.boleto && (waiting || state === 'settling') ? <BoletoSection chargeUuid={payment.chargeUuid} boleto={payment.boleto} dueDate={payment.dueDate} locale={locale} showCopy={waiting} pay={pay} /> : null}

        {waiting || (payment.method !== 'pix' && payment.method !== 'boleto' && payment.status === 'issued') ? (
          <p className="text-center text-sm">
            <a href={checkoutHref} className="text-brand-700 hover:underline">
              {t('otherMethod')}
            </a>
          </p>
        ) : null}
      </CheckoutShell>
    </NextIntlClientProvider>
  );
}

type PayTranslator = ReturnType<typeof createTranslator<(typeof MESSAGES)['en'], 'payPage'>>;

async function PixSection({ copyPaste, expiresAt, locale, timeZone, pay }: { copyPaste: string; expiresAt: Date | null; locale: string; timeZone: string; pay: PayTranslator }) {
  const svg = await pixQrSvg(copyPaste);
  const when = expiresAt ? new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone }).format(expiresAt) : null;
  return (
    <section aria-labelledby="pix-title" className={sectionClass}>
      <h2 id="pix-title" className="text-lg font-semibold">
        {pay('pix.heading')}
      </h2>
      <p className="text-sm text-slate-600">{pay('pix.instructions')}</p>
      <InlineSvg svg={svg} label={pay('pix.qrLabel')} testId="pix-qr" className="mx-auto aspect-square w-full max-w-64" />
      <label htmlFor="pix-code" className="text-sm font-medium text-slate-700">
        {pay('pix.code')}
      </label>
      <textarea id="pix-code" readOnly rows={4} value={copyPaste} className="w-full resize-none rounded-md border border-slate-300 bg-slate-50 p-3 font-mono text-xs break-all" />
      <CopyButton text={copyPaste} label={pay('pix.copy')} />
      {when ? <p className="text-sm text-slate-600">{pay('pix.expires', { when })}</p> : null}
    </section>
  );
}

function BoletoSection({
  chargeUuid,
  boleto,
  dueDate,
  locale,
  showCopy,
  pay,
}: {
  chargeUuid: string;
  boleto: NonNullable<PaymentPageView['boleto']>;
  dueDate: string;
  locale: string;
  showCopy: boolean;
  pay: PayTranslator;
}) {
  const due = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'UTC' }).format(new Date(`${dueDate}T00:00:00Z`));
  return (
    <section aria-labelledby="boleto-title" className={sectionClass}>
      <h2 id="boleto-title" className="text-lg font-semibold">
        {pay('boleto.heading')}
      </h2>
      {showCopy ? <p className="text-sm text-slate-600">{pay('boleto.instructions')}</p> : null}
      <p className="text-sm">
        <span className="text-slate-500">{pay('boleto.due')}</span> <span data-testid="boleto-due">{due}</span>
      </p>
      <div className="flex flex-col gap-2">
        <p id="boleto-line-label" className="text-sm font-medium text-slate-700">
          {pay('boleto.line')}
        </p>
        <p aria-labelledby="boleto-line-label" className="rounded-md bg-slate-50 p-3 font-mono text-sm break-all select-all" data-testid="boleto-line">
          {boleto.formattedLine}
        </p>
        {showCopy ? <CopyButton text={boleto.digitableLine} label={pay('boleto.copy')} /> : null}
      </div>
      <InlineSvg svg={boletoBarcodeSvg(boleto.barcode)} stretch label={pay('boleto.barcodeLabel')} testId="boleto-barcode" className="h-14 w-full bg-white" />
      <div className="flex flex-wrap gap-3">
        <a href={`/pay/${chargeUuid}/boleto.pdf`} className={secondaryButtonClass} type="application/pdf">
          {pay('boleto.pdf')}
        </a>
        <a href={`/pay/${chargeUuid}/boleto`} className={secondaryButtonClass}>
          {pay('boleto.slip')}
        </a>
      </div>
    </section>
  );
}
