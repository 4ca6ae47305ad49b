'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { buttonClass, Field, FormError, inputClass } from '@/components/ui/field';
import { useActionForm } from '@/components/ui/use-action-form';
import { LOCALE_NAMES, LOCALES, TIME_ZONES } from '@/lib/i18n/locales';
import { useSubmitOnce } from '@/lib/idempotency/use-submit-once';
import { createAccountSchema, type CreateAccountFormValues } from '@/lib/management/schemas';
import { EVERY_PRODUCT } from '@/lib/products/contracted';
import { formField, type CreateAccountAction } from './account-actions';
import { InvitationLink } from '@/components/team/invitation-link';
import { ProductsFields } from './products-fields';

/**
 * Onboards an account: its name, language and time zone, its first merchant, its contract, and
 * its owner's e-mail. On success the owner's invitation link is shown once, to copy, with the way
 * to the account's page (where more merchants, members and settings are added).
 */
export function NewAccountForm({ createAccount }: { createAccount: CreateAccountAction }) {
  const t = useTranslations('adminAccounts');
  const common = useTranslations('common');
  const submitOnce = useSubmitOnce();
  const [created, setCreated] = useState<{ entityUuid: string; name: string; invitation: { email: string; link: string | null } } | null>(null);
  const { form, formError, submitAction } = useActionForm<CreateAccountFormValues, CreateAccountFormValues>(
    {
      // Raw: the action gets the body as typed (JSON-safe) and parses it with this same schema.
      resolver: zodResolver(createAccountSchema, undefined, { raw: true }),
      defaultValues: { name: '', default_locale: null, time_zone: 'America/Sao_Paulo', merchants: [{ name: '' }], products: EVERY_PRODUCT.map((p) => ({ ...p })), owner: { email: '' } },
    },
    { fieldFor: formField<CreateAccountFormValues> },
  );
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;

  async function onSubmit(values: CreateAccountFormValues) {
    const result = await submitAction(submitOnce(values, (key) => createAccount(values, key)));
    if (result?.ok) setCreated(result.data);
  }

  if (created) {
    const next = (
      <>
        <Link href={`/admin/accounts/${created.entityUuid}`} className="font-medium text-brand-700 hover:underline">
          {t('openAccount', { name: created.name })}
        </Link>
        <button
          type="button"
          className="font-medium text-brand-700 hover:underline"
          onClick={() => {
            form.reset();
            setCreated(null);
          }}
        >
          {t('anotherAccount')}
        </button>
      </>
    );
    const { email, link } = created.invitation;
    return (
      <div className="flex max-w-2xl flex-col gap-4">
        <p role="status" className="text-sm text-slate-700">
          {t('created', { name: created.name })}
        </p>
        {link === null ? (
          <>
            <p role="status" className="text-sm text-slate-700">
              {t('createdReplayed', { name: created.name, email })}
            </p>
            <div className="flex flex-wrap gap-4 text-sm">{next}</div>
          </>
        ) : (
          <InvitationLink issued={{ email, link }}>{next}</InvitationLink>
        )}
      </div>
    );
  }

  const error = (id: string, message: string | undefined) => ({ 'aria-invalid': !!message, 'aria-describedby': message ? `${id}-error` : undefined });
  return (
    <FormProvider {...form}>
      <form onSubmit={handleSubmit(onSubmit)} aria-label={t('newTitle')} className="flex max-w-2xl flex-col gap-5" noValidate>
        <Field id="account-name" label={t('accountName')} error={errors.name?.message}>
          <input id="account-name" className={inputClass} autoComplete="organization" {...error('account-name', errors.name?.message)} {...register('name')} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="account-locale" label={common('language')} hint={t('languageHint')} error={errors.default_locale?.message}>
            <select id="account-locale" className={inputClass} {...register('default_locale', { setValueAs: (value: unknown) => value || null })}>
              <option value="">{t('browserLanguage')}</option>
              {LOCALES.map((locale) => (
                <option key={locale} value={locale}>
                  {LOCALE_NAMES[locale]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="account-time-zone" label={common('timeZone')} error={errors.time_zone?.message}>
            <select id="account-time-zone" className={inputClass} {...register('time_zone')}>
              {TIME_ZONES.map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field id="merchant-name" label={t('firstMerchant')} hint={t('firstMerchantHint')} error={errors.merchants?.[0]?.name?.message ?? errors.merchants?.message}>
          <input id="merchant-name" className={inputClass} {...error('merchant-name', errors.merchants?.[0]?.name?.message)} {...register('merchants.0.name')} />
        </Field>
        <Field id="owner-email" label={t('ownerEmail')} hint={t('ownerEmailHint')} error={errors.owner?.email?.message}>
          <input id="owner-email" type="email" autoComplete="off" className={inputClass} {...error('owner-email', errors.owner?.email?.message)} {...register('owner.email')} />
        </Field>
        <ProductsFields />
        <FormError message={formError} />
        <div>
          <button type="submit" className={buttonClass} disabled={isSubmitting}>
            {isSubmitting ? t('creating') : t('create')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
