'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { buttonClass, Field, FormError, inputClass } from '@/components/ui/field';
import { toCanonicalDecimal, toLocaleDecimal } from '@/components/ui/locale-decimal';
import { useActionForm } from '@/components/ui/use-action-form';
import type { ActionResult } from '@/lib/actions/run-action';
import { walletLimitUpdateSchema, type WalletLimitUpdateInput } from '@/lib/credit/schemas';

export type UpdateWalletLimitAction = (walletKey: string, walletLimitKey: string, input: WalletLimitUpdateInput) => Promise<ActionResult<unknown>>;

/**
 * Changes one limit with the schema and service of the API's limit PATCH: never below the used
 * part (CIN000110), audited on the server. The amount is typed the reader's way ("5.000,50" in
 * pt-BR) and turned into the schema's canonical text before the schema sees it.
 */
export function LimitEditor({
  walletKey,
  walletLimitKey,
  label,
  current,
  updateLimit,
}: {
  walletKey: string;
  walletLimitKey: string;
  label: string;
  current: string;
  updateLimit: UpdateWalletLimitAction;
}) {
  const t = useTranslations('limits');
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
  } = useActionForm<WalletLimitUpdateInput>({
    resolver: (values, context, options) =>
      zodResolver(walletLimitUpdateSchema, undefined, { raw: true })({ ...values, limit_amount: toCanonicalDecimal(String(values.limit_amount), locale) }, context, options),
    defaultValues: { limit_amount: toLocaleDecimal(current, locale) },
  });
  const id = `limit-${walletLimitKey}`;

  async function onSubmit(values: WalletLimitUpdateInput) {
    setSaved(false);
    const result = await submitAction(updateLimit(walletKey, walletLimitKey, values));
    if (!result.ok) return;
    setSaved(true);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} aria-label={t('edit', { label })} className="flex flex-wrap items-end gap-3" noValidate>
      <Field id={id} label={t('newLimit', { label, currency: 'BRL' })} error={errors.limit_amount?.message}>
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
        {isSubmitting ? t('saving') : t('save')}
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
