'use client';

import { useTranslations } from 'next-intl';

export interface CheckoutSummaryProps {
  merchantName: string;
  productName: string;
  description: string | null;
  /** The amount already written for the currency ("R$ 89,90"). */
  amount: string;
  /** The most card installments the amount splits into, when more than one. */
  maxInstallments?: { count: number; each: string } | null;
  /** The checkout's own title is its page's h1; the dashboard's preview of it sits under an h2. */
  headingLevel?: 'h1' | 'h3';
}

/**
 * What the payer is paying for: whom, what, and how much. The checkout's head, and its preview's.
 * A client component, so it speaks the checkout's language (its NextIntlClientProvider), not the visitor's.
 */
export function CheckoutSummary({ merchantName, productName, description, amount, maxInstallments, headingLevel: Heading = 'h1' }: CheckoutSummaryProps) {
  const t = useTranslations('checkout');
  return (
    <header className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <p className="text-xs font-medium uppercase tracking-wide text-slate-500" data-testid="checkout-merchant">
        {t('payTo', { merchant: merchantName })}
      </p>
      <Heading className="text-xl font-semibold break-words" data-testid="checkout-product">
        {productName}
      </Heading>
      {description ? <p className="text-sm whitespace-pre-line text-slate-600">{description}</p> : null}
      <p className="text-3xl font-semibold tabular-nums" data-testid="checkout-amount">
        {amount}
      </p>
      {maxInstallments && maxInstallments.count > 1 ? <p className="text-sm text-slate-600">{t('upToInstallments', maxInstallments)}</p> : null}
    </header>
  );
}
