import type { Metadata } from 'next';
import { createTranslator, NextIntlClientProvider } from 'next-intl';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { CheckoutShell } from '@/components/checkout/checkout-shell';
import { CheckoutSummary } from '@/components/checkout/checkout-summary';
import { ReturnToMerchant } from '@/components/checkout/return-to-merchant';
import { LivePaymentStatus } from '@/components/pay/live-payment-status';
import { BoletoPaymentSection, paymentSectionClass, PixPaymentSection } from '@/components/pay/payment-sections';
import { buttonClass } from '@/components/ui/field';
import { formatBalance } from '@/components/ui/format';
import { orNotFound } from '@/components/ui/or-not-found';
import { getDb } from '@/db/client';
import { awaitsPayment, payerLocale, payerState, payerTimeZone } from '@/lib/charges/payer-state';
import { getPaymentPageView } from '@/lib/charges/payment-page';
import { getPublicCharge } from '@/lib/charges/queries';
import { publicChargeParamsSchema } from '@/lib/charges/schemas';
import { MESSAGES } from '@/lib/i18n/catalogues';
import { currencyDigits, type WalletCurrency } from '@/lib/money/currency';
import { formatMinor } from '@/lib/money/decimal';
import { checkoutView } from '@/lib/payment-links/checkout';
import { publicLinkParamsSchema } from '@/lib/payment-links/schemas';

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

const sectionClass = paymentSectionClass;

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
  const dateTime = (date: Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone }).format(date);
  const dueDate = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'UTC' }).format(new Date(`${payment.dueDate}T00:00:00Z`));

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

        {payment.pix && waiting ? <PixPaymentSection copyPaste={payment.pix.copyPaste} expires={payment.expiresAt ? dateTime(payment.expiresAt) : null} t={pay} /> : null}
        {payment.boleto && (waiting || state === 'settling') ? <BoletoPaymentSection chargeUuid={payment.chargeUuid} boleto={payment.boleto} due={dueDate} payable={waiting} t={pay} /> : null}

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
