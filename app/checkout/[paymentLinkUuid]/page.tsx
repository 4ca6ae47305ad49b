import type { Metadata } from 'next';
import { createTranslator, NextIntlClientProvider } from 'next-intl';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { CheckoutForm } from '@/components/checkout/checkout-form';
import { CheckoutShell } from '@/components/checkout/checkout-shell';
import { CheckoutSummary } from '@/components/checkout/checkout-summary';
import { formatBalance } from '@/components/ui/format';
import { orNotFound } from '@/components/ui/or-not-found';
import { getDb } from '@/db/client';
import { payerLocale, payerTimeZone } from '@/lib/charges/payer-state';
import { MESSAGES } from '@/lib/i18n/catalogues';
import { currencyDigits, type WalletCurrency } from '@/lib/money/currency';
import { formatMinor } from '@/lib/money/decimal';
import { checkoutView, recordCheckoutOpened, type CheckoutView } from '@/lib/payment-links/checkout';
import { publicLinkParamsSchema } from '@/lib/payment-links/schemas';

// One read per request, shared by the metadata and the page.
const viewOf = cache(async (paymentLinkUuid: string): Promise<CheckoutView> => {
  if (!publicLinkParamsSchema.safeParse({ uuid: paymentLinkUuid }).success) notFound();
  return orNotFound(checkoutView(await getDb(), paymentLinkUuid));
});

export async function generateMetadata({ params }: { params: Promise<{ paymentLinkUuid: string }> }): Promise<Metadata> {
  const view = await viewOf((await params).paymentLinkUuid);
  const locale = payerLocale(view.link.currency);
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'checkout' });
  return { title: t('title', { product: view.link.name, merchant: view.merchantName }), robots: { index: false, follow: false } };
}

/**
 * A payment link's hosted checkout (public: no sign-in, the link's id is the capability), in the
 * language of its currency: whom and what the payer pays, then their details and a tab per method
 * the link takes. A link that no longer takes payments says why instead. Each load counts one
 * opening of the checkout, the first step of the link's conversion.
 */
export default async function CheckoutPage({ params }: { params: Promise<{ paymentLinkUuid: string }> }) {
  const view = await viewOf((await params).paymentLinkUuid);
  const { link } = view;
  const currency = link.currency as WalletCurrency;
  const locale = payerLocale(currency);
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'checkout' });
  const digits = currencyDigits(currency);
  const money = (minor: bigint) => formatBalance(formatMinor(minor, digits), currency, locale);
  const installments = view.installmentChoices.map((count) => ({ count, each: money(link.valueMinor / BigInt(count)) }));
  const largest = link.chargeTypes.includes('credit_card') ? installments.at(-1) : undefined;
  if (view.status === 'active') await recordCheckoutOpened(await getDb(), link.paymentLinkUuid);

  return (
    <NextIntlClientProvider locale={locale} timeZone={payerTimeZone(currency)} messages={{ checkout: MESSAGES[locale].checkout, payPage: MESSAGES[locale].payPage }}>
      <CheckoutShell locale={locale}>
        <CheckoutSummary merchantName={view.merchantName} productName={link.name} description={link.description} amount={money(link.valueMinor)} maxInstallments={largest} />
        {view.status === 'active' ? (
          <CheckoutForm paymentLinkUuid={link.paymentLinkUuid} currency={currency} methods={link.chargeTypes} installments={installments} amountLabel={money(link.valueMinor)} />
        ) : (
          <section role="alert" className="rounded-xl border border-slate-200 bg-white p-5 text-sm text-slate-700" data-testid="checkout-unavailable">
            {t(`unavailable.${view.status}`)}
          </section>
        )}
      </CheckoutShell>
    </NextIntlClientProvider>
  );
}
