'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { TextField } from '@/components/credit/form-fields';
import { buttonClass, FormError } from '@/components/ui/field';
import { useActionForm } from '@/components/ui/use-action-form';
import { pixSettingsSchema, type PixSettingsInput } from '@/lib/accounts/pix-settings';
import type { ActionResult } from '@/lib/actions/run-action';

/**
 * The account's Pix key and city, written into the BR Code of every Pix charge it issues. The key
 * is checked as the Pix directory stores it (CPF or CNPJ digits, e-mail, +55 phone or EVP).
 */
export function PixSettingsForm({ initial, save }: { initial: { pix_key: string; pix_city: string }; save: (input: PixSettingsInput) => Promise<ActionResult<unknown>> }) {
  const t = useTranslations();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, formError, submitAction } = useActionForm<{ pix_key: string; pix_city: string }, PixSettingsInput>({
    resolver: zodResolver(pixSettingsSchema),
    defaultValues: initial,
  });
  const {
    handleSubmit,
    formState: { isSubmitting },
  } = form;

  async function onSubmit(values: PixSettingsInput) {
    setSaved(false);
    const result = await submitAction(save(values));
    if (!result.ok) return;
    setSaved(true);
    router.refresh();
  }

  return (
    <FormProvider {...form}>
      <form onSubmit={handleSubmit(onSubmit)} aria-label={t('settings.pixTitle')} className="flex max-w-md flex-col gap-4" noValidate>
        <TextField name="pix_key" label={t('settings.pixKey')} hint={t('settings.pixKeyHint')} autoComplete="off" />
        <TextField name="pix_city" label={t('settings.pixCity')} hint={t('settings.pixCityHint')} autoComplete="address-level2" />
        <FormError message={formError} />
        <button type="submit" className={`${buttonClass} self-start`} disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('settings.pixSave')}
        </button>
        {saved ? (
          <p role="status" className="text-sm text-emerald-700">
            {t('settings.pixSaved')}
          </p>
        ) : null}
      </form>
    </FormProvider>
  );
}
