'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { z } from 'zod';
import { buttonClass, Field, FormError, inputClass } from '@/components/ui/field';
import { useActionForm } from '@/components/ui/use-action-form';
import { useSubmitOnce } from '@/lib/idempotency/use-submit-once';
import { newMerchantSchema } from '@/lib/management/schemas';
import { formField, type AddMerchantAction } from './account-actions';

type MerchantValues = z.input<typeof newMerchantSchema>;

/** Another merchant of the account: a name, and the soft descriptor when the derived one will not do. */
export function AddMerchantForm({ addMerchant }: { addMerchant: AddMerchantAction }) {
  const t = useTranslations('adminAccounts');
  const router = useRouter();
  const submitOnce = useSubmitOnce();
  const [added, setAdded] = useState<string | null>(null);
  const {
    form: {
      register,
      handleSubmit,
      reset,
      formState: { errors, isSubmitting },
    },
    formError,
    submitAction,
  } = useActionForm<MerchantValues, MerchantValues>(
    { resolver: zodResolver(newMerchantSchema, undefined, { raw: true }), defaultValues: { name: '' } },
    { fieldFor: formField<MerchantValues> },
  );

  async function onSubmit(values: MerchantValues) {
    setAdded(null);
    const result = await submitAction(submitOnce(values, (key) => addMerchant(values, key)));
    if (!result?.ok) return;
    reset();
    setAdded(result.data.name);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} aria-label={t('addMerchantTitle')} className="flex flex-col gap-4 px-4 py-3" noValidate>
      <div className="flex flex-wrap items-start gap-4">
        <div className="min-w-64 flex-1">
          <Field id="merchant-name" label={t('merchantName')} error={errors.name?.message}>
            <input id="merchant-name" className={inputClass} aria-invalid={!!errors.name} aria-describedby={errors.name ? 'merchant-name-error' : undefined} {...register('name')} />
          </Field>
        </div>
        <div className="min-w-64 flex-1">
          <Field id="merchant-soft-descriptor" label={t('softDescriptorOptional')} hint={t('softDescriptorHint')} error={errors.soft_descriptor?.message}>
            <input
              id="merchant-soft-descriptor"
              className={`${inputClass} uppercase`}
              maxLength={13}
              aria-invalid={!!errors.soft_descriptor}
              aria-describedby={errors.soft_descriptor ? 'merchant-soft-descriptor-error' : undefined}
              {...register('soft_descriptor', { setValueAs: (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined) })}
            />
          </Field>
        </div>
      </div>
      <FormError message={formError} />
      <div className="flex items-center gap-4">
        <button type="submit" className={buttonClass} disabled={isSubmitting}>
          {isSubmitting ? t('adding') : t('addMerchant')}
        </button>
        {added ? (
          <p role="status" className="text-sm text-emerald-700">
            {t('merchantAdded', { name: added })}
          </p>
        ) : null}
      </div>
    </form>
  );
}
