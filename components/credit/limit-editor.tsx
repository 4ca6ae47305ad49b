'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { updateWalletLimitAction } from '@/app/dashboard/wallets/credit/actions';
import { buttonClass, Field, inputClass } from '@/components/ui/field';
import { walletLimitUpdateSchema, type WalletLimitUpdateInput } from '@/lib/credit/schemas';

/**
 * Changes one limit with the schema and service of the API's limit PATCH: never below the used
 * part (CIN000110), audited on the server.
 */
export function LimitEditor({ walletKey, walletLimitKey, label, current }: { walletKey: string; walletLimitKey: string; label: string; current: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<WalletLimitUpdateInput>({
    resolver: zodResolver(walletLimitUpdateSchema, undefined, { raw: true }),
    defaultValues: { limit_amount: current },
  });
  const id = `limit-${walletLimitKey}`;

  async function onSubmit(values: WalletLimitUpdateInput) {
    setFormError(null);
    setSaved(false);
    const result = await updateWalletLimitAction(walletKey, walletLimitKey, values);
    if (!result.ok) {
      if (result.error.fields.limit_amount) setError('limit_amount', { message: result.error.fields.limit_amount });
      setFormError(result.error.message);
      return;
    }
    setSaved(true);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} aria-label={`Edit ${label}`} className="flex flex-wrap items-end gap-3" noValidate>
      <Field id={id} label={`New ${label} (BRL)`} error={errors.limit_amount?.message}>
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
        {isSubmitting ? 'Saving…' : 'Save limit'}
      </button>
      {formError ? (
        <p role="alert" className="basis-full rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}
        </p>
      ) : null}
      {saved ? (
        <p role="status" className="basis-full text-sm text-emerald-700">
          Limit saved.
        </p>
      ) : null}
    </form>
  );
}
