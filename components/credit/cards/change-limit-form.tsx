'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { buttonClass, Field, FormError, inputClass } from '@/components/ui/field';
import { toCanonicalDecimal, toLocaleDecimal } from '@/components/ui/locale-decimal';
import { useActionForm } from '@/components/ui/use-action-form';
import type { ActionResult } from '@/lib/actions/run-action';
import { paymentInstrumentLimitSchema, type PaymentInstrumentLimitInput } from '@/lib/payment-instruments/schemas';

export type ChangeCardLimitAction = (walletKey: string, paymentInstrumentKey: string, input: PaymentInstrumentLimitInput) => Promise<ActionResult<unknown>>;

/**
 * One card's limit, changed with the schema and service of the card limit PATCH: at most the
 * wallet's limit (CIN000074), never below what the card's purchases use (CIN000110). Typed the
 * reader's way ("1.500,00" in pt-BR).
 */
export function ChangeLimitForm({
  walletKey,
  paymentInstrumentKey,
  lastFour,
  current,
  changeLimit,
}: {
  walletKey: string;
  paymentInstrumentKey: string;
  lastFour: string;
  /** The card's limit as canonical decimal text ("500.00"). */
  current: string;
  changeLimit: ChangeCardLimitAction;
}) {
  const t = useTranslations('creditCards.changeLimit');
  const locale = useLocale();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const {
    form: {
      register,
      handleSubmit,
      formState: { errors, isSubmitting },
    },
    formError,
    submitAction,
  } = useActionForm<PaymentInstrumentLimitInput>({
    resolver: (values, context, options) =>
      zodResolver(paymentInstrumentLimitSchema, undefined, { raw: true })({ ...values, limit_amount: toCanonicalDecimal(String(values.limit_amount ?? ''), locale) }, context, options),
    defaultValues: { limit_amount: toLocaleDecimal(current, locale) },
  });
  const id = `card-limit-${paymentInstrumentKey}`;

  async function onSubmit(values: PaymentInstrumentLimitInput) {
    setSaved(false);
    const result = await submitAction(changeLimit(walletKey, paymentInstrumentKey, values));
    if (!result.ok) return;
    setSaved(true);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} aria-label={t('form', { lastFour })} className="flex flex-wrap items-end gap-3" noValidate>
      <Field id={id} label={t('label', { currency: 'BRL' })} error={errors.limit_amount?.message}>
        <input
          id={id}
          inputMode="decimal"
          autoComplete="off"
          className={inputClass}
          aria-invalid={!!errors.limit_amount}
          aria-describedby={errors.limit_amount ? `${id}-error` : undefined}
          {...register('limit_amount')}
        />
      </Field>
      <button type="submit" className={buttonClass} disabled={isSubmitting}>
        {isSubmitting ? t('saving') : t('submit')}
      </button>
      <div className="basis-full empty:hidden">
        <FormError message={formError} />
      </div>
      {saved ? (
        <p role="status" className="basis-full text-sm text-emerald-700">
          {t('saved')}
        </p>
      ) : null}
    </form>
  );
}
