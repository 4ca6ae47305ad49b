'use client';

import { NextIntlClientProvider, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { CheckoutSummary } from '@/components/checkout/checkout-summary';
import { MethodTabs } from '@/components/checkout/method-tabs';
import { formatBalance } from '@/components/ui/format';
import type { PaymentLinkMethod } from '@/db/schema';
import { payerLocale, payerTimeZone } from '@/lib/charges/payer-state';
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/lib/i18n/catalogues';
import { currencyDigits, type WalletCurrency } from '@/lib/money/currency';
import { formatMinor, parseMinor } from '@/lib/money/decimal';

export type CheckoutMessages = Record<Locale, Messages['checkout']>;

export interface PreviewLink {
  merchantName: string;
  name: string;
  description: string;
  /** Canonical decimal text, or null while the amount typed is not one. */
  value: string | null;
  currency: WalletCurrency;
  methods: PaymentLinkMethod[];
  maxInstallments: number;
  reusable: boolean;
}

/**
 * The hosted checkout as the payer will see it, drawn from the form as the merchant types: the same
 * head and tabs, in the payer's language (Portuguese for reais, Spanish for pesos), with the payer's
 * fields shown but inert.
 */
export function CheckoutPreview({ link, messages }: { link: PreviewLink; messages: CheckoutMessages }) {
  const locale = payerLocale(link.currency);
  return (
    <NextIntlClientProvider locale={locale} timeZone={payerTimeZone(link.currency)} messages={{ checkout: messages[locale] }}>
      <div lang={locale} className="flex flex-col gap-4 rounded-2xl bg-slate-50 p-4 ring-1 ring-slate-200">
        <PreviewBody link={link} locale={locale} />
      </div>
    </NextIntlClientProvider>
  );
}

function PreviewBody({ link, locale }: { link: PreviewLink; locale: Locale }) {
  const t = useTranslations('checkout');
  const id = useId();
  const [chosen, setChosen] = useState<PaymentLinkMethod | null>(null);
  const selected = chosen && link.methods.includes(chosen) ? chosen : link.methods[0];
  const amount = link.value === null ? '—' : formatBalance(link.value, link.currency, locale);
  const installments = link.value === null ? null : largestSplit(link.value, link.currency, link.maxInstallments);
  return (
    <>
      <CheckoutSummary
        headingLevel="h3"
        merchantName={link.merchantName}
        productName={link.name.trim() || t('previewName')}
        description={link.description.trim() || null}
        amount={amount}
        maxInstallments={installments && link.methods.includes('credit_card') ? { count: installments.count, each: formatBalance(installments.each, link.currency, locale) } : null}
      />
      {selected ? (
        <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
          <MethodTabs idPrefix={id} methods={link.methods} selected={selected} onSelect={setChosen}>
            <div className="flex flex-col gap-3" aria-hidden="true">
              {(['payerName', 'payerEmail', 'payerTaxId', 'payerPhone'] as const).map((field) => (
                <div key={field} className="flex flex-col gap-1">
                  <span className="text-sm font-medium text-slate-700">{t(field)}</span>
                  <span className="h-9 rounded-md border border-slate-200 bg-slate-50" />
                </div>
              ))}
              <span className="mt-2 rounded-md bg-brand-600 px-4 py-3 text-center text-base font-medium text-white">{t(`submit.${selected}`, { amount })}</span>
            </div>
          </MethodTabs>
        </div>
      ) : null}
      {!link.reusable ? <p className="text-center text-xs text-slate-500">{t('singleUseNote')}</p> : null}
    </>
  );
}

/** The most installments (up to `max`) that split the amount into equal whole minor units, as the checkout offers them. */
function largestSplit(value: string, currency: string, max: number): { count: number; each: string } | null {
  const digits = currencyDigits(currency);
  const minor = parseMinor(value, digits);
  for (let count = Math.max(1, Math.min(12, max)); count > 1; count--) {
    if (minor % BigInt(count) === 0n) return { count, each: formatMinor(minor / BigInt(count), digits) };
  }
  return null;
}
