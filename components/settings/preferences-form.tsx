'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { buttonClass, Field, FormError, inputClass } from '@/components/ui/field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { UserPreferencesInput } from '@/lib/accounts/preferences';
import type { ActionResult } from '@/lib/actions/run-action';
import { LOCALE_NAMES, LOCALES, TIME_ZONES } from '@/lib/i18n/locales';

/** The user's own language and time zone, stored on their row. */
export function PreferencesForm({ initial, save }: { initial: UserPreferencesInput; save: (input: UserPreferencesInput) => Promise<ActionResult<unknown>> }) {
  const t = useTranslations();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const {
    form: {
      register,
      handleSubmit,
      formState: { isSubmitting },
    },
    formError,
    submitAction,
  } = useActionForm<UserPreferencesInput>({ defaultValues: initial });

  async function onSubmit(values: UserPreferencesInput) {
    setSaved(false);
    const result = await submitAction(save(values));
    if (!result.ok) return;
    setSaved(true);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} className="flex max-w-sm flex-col gap-4" noValidate>
      <Field id="preferences-locale" label={t('common.language')}>
        <select id="preferences-locale" className={inputClass} {...register('locale')}>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="preferences-time-zone" label={t('common.timeZone')}>
        <select id="preferences-time-zone" className={inputClass} {...register('time_zone')}>
          {TIME_ZONES.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      </Field>
      <FormError message={formError} />
      <button type="submit" className={`${buttonClass} self-start`} disabled={isSubmitting}>
        {isSubmitting ? t('common.saving') : t('common.save')}
      </button>
      {saved ? (
        <p role="status" className="text-sm text-emerald-700">
          {t('settings.saved')}
        </p>
      ) : null}
    </form>
  );
}
