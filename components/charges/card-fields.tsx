'use client';

import { useTranslations } from 'next-intl';
import { useFormContext } from 'react-hook-form';
import { TextField } from '@/components/credit/form-fields';
import { secondaryButtonClass } from '@/components/ui/field';

export type TestCardOutcome = 'authorized' | 'declined' | 'expired' | 'blocked' | 'timeout';
export interface TestCard {
  number: string;
  outcome: TestCardOutcome;
}

/**
 * The card, typed by the merchant for the payer (a virtual terminal). It lives in the form's memory
 * until the action sends it to the acquirer; outside production the sandbox's test cards can fill it.
 */
export function CardFields({ testCards }: { testCards: TestCard[] | null }) {
  const t = useTranslations('newCharge');
  const { setValue, getValues } = useFormContext();

  function use(card: TestCard) {
    setValue('card_number', card.number, { shouldValidate: true });
    // Any future expiry and any CVV do for the sandbox; keep what was already typed.
    if (!getValues('card_expiry_month')) setValue('card_expiry_month', '12');
    if (!getValues('card_expiry_year')) setValue('card_expiry_year', String(new Date().getFullYear() + 3));
    if (!getValues('card_cvv')) setValue('card_cvv', '123');
  }

  return (
    <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-sm font-semibold">{t('card')}</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="card_name" label={t('cardName')} autoComplete="off" />
        <TextField name="card_number" label={t('cardNumber')} inputMode="numeric" autoComplete="off" />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="card_expiry_month" label={t('expiryMonth')} hint="MM" inputMode="numeric" autoComplete="off" />
        <TextField name="card_expiry_year" label={t('expiryYear')} hint={t('expiryYearHint')} inputMode="numeric" autoComplete="off" />
        <TextField name="card_cvv" label={t('cvv')} type="password" inputMode="numeric" autoComplete="off" />
      </div>
      {testCards ? (
        <section aria-labelledby="test-cards-title" className="rounded-md bg-amber-50 p-3 text-sm">
          <h3 id="test-cards-title" className="font-medium text-amber-900">
            {t('testCards')}
          </h3>
          <p className="mb-2 text-xs text-amber-900">{t('testCardsHint')}</p>
          <ul className="flex flex-col gap-1">
            {testCards.map((card) => (
              <li key={card.number} className="flex flex-wrap items-center gap-3">
                <span className="font-mono text-xs">{card.number}</span>
                <span className="w-28 text-slate-700">{t(`outcomes.${card.outcome}`)}</span>
                <button type="button" className={`${secondaryButtonClass} px-2 py-1 text-xs`} onClick={() => use(card)} aria-label={t('useCard', { outcome: t(`outcomes.${card.outcome}`) })}>
                  {t('use')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </fieldset>
  );
}
