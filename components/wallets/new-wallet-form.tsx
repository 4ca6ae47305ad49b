'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { buttonClass, Field, FormError, inputClass } from '@/components/ui/field';
import { clientCredentials, SecretDialog, type RevealedSecret } from '@/components/ui/secret-dialog';
import { useActionForm } from '@/components/ui/use-action-form';
import type { ActionResult } from '@/lib/actions/run-action';
import { WALLET_CURRENCIES } from '@/lib/money/currency';
import { useSubmitOnce } from '@/lib/idempotency/use-submit-once';
import { createWalletSchema, type CreateWalletFormValues, type CreateWalletInput } from '@/lib/wallets/schemas';
import type { toCredentialsBody } from '@/lib/wallets/serialize';

const FIELDS = ['name', 'customer_id', 'email', 'currency', 'merchant_uuid', 'create_credentials'] as const;

export type CreateWalletAction = (
  input: CreateWalletInput,
  idempotencyKey: string,
) => Promise<ActionResult<{ walletUuid: string; credentials: ReturnType<typeof toCredentialsBody> | null }>>;

/** "New payment wallet": the API's own schema validates here, in the action, and in the route. */
export function NewWalletForm({
  entityUuid,
  merchants,
  createWallet,
}: {
  entityUuid: string;
  merchants: { merchantUuid: string; name: string }[];
  createWallet: CreateWalletAction;
}) {
  const t = useTranslations('newWallet');
  const tSecret = useTranslations('secretDialog');
  const router = useRouter();
  const [revealed, setRevealed] = useState<{ walletUuid: string; secret: RevealedSecret } | null>(null);
  const submitOnce = useSubmitOnce();
  const {
    form: {
      register,
      handleSubmit,
      formState: { errors, isSubmitting },
    },
    formError,
    submitAction,
  } = useActionForm<CreateWalletFormValues, CreateWalletInput>(
    {
      resolver: zodResolver(createWalletSchema),
      defaultValues: { entity_uuid: entityUuid, currency: 'BRL', create_credentials: false, merchant_uuid: merchants[0]?.merchantUuid },
    },
    { fieldFor: (field) => FIELDS.find((name) => name === field) },
  );

  async function onSubmit(values: CreateWalletInput) {
    const result = await submitAction(submitOnce(values, (key) => createWallet(values, key)));
    if (!result?.ok) return;
    const { walletUuid, credentials } = result.data;
    // A replay never carries the secret (it was shown once); the wallet page lists its credentials.
    if (!credentials || result.replayed) {
      router.push(`/dashboard/wallets/${walletUuid}`);
      return;
    }
    setRevealed({
      walletUuid,
      secret: clientCredentials(t('credentialsTitle'), credentials.client_id, credentials.client_secret, {
        labels: { id: tSecret('clientId'), secret: tSecret('clientSecret') },
        details: [
          { label: t('grantType'), value: credentials.grant_type },
          { label: t('scopes'), value: credentials.scopes.join(' ') },
        ],
      }),
    });
  }

  const invalid = (field: (typeof FIELDS)[number]) => ({ 'aria-invalid': !!errors[field], 'aria-describedby': errors[field] ? `${field}-error` : undefined });

  return (
    <>
      <form onSubmit={handleSubmit(onSubmit)} aria-label={t('form')} className="flex max-w-xl flex-col gap-4" noValidate>
        <input type="hidden" {...register('entity_uuid')} />
        <Field id="name" label={t('name')} error={errors.name?.message} hint={t('nameHint')}>
          <input id="name" className={inputClass} {...invalid('name')} {...register('name')} />
        </Field>
        <Field id="customer_id" label={t('customerId')} error={errors.customer_id?.message} hint={t('customerIdHint')}>
          <input id="customer_id" className={inputClass} {...invalid('customer_id')} {...register('customer_id')} />
        </Field>
        <Field id="email" label={t('email')} error={errors.email?.message}>
          <input id="email" type="email" className={inputClass} {...invalid('email')} {...register('email')} />
        </Field>
        <Field id="currency" label={t('currency')} error={errors.currency?.message}>
          <select id="currency" className={inputClass} {...invalid('currency')} {...register('currency')}>
            {WALLET_CURRENCIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </Field>
        <Field id="merchant_uuid" label={t('merchant')} error={errors.merchant_uuid?.message}>
          <select
            id="merchant_uuid"
            className={inputClass}
            {...invalid('merchant_uuid')}
            {...register('merchant_uuid', { setValueAs: (value: string) => value || undefined })}
          >
            {merchants.map((m) => (
              <option key={m.merchantUuid} value={m.merchantUuid}>
                {m.name}
              </option>
            ))}
            <option value="">{t('newMerchant')}</option>
          </select>
        </Field>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" {...register('create_credentials')} />
          {t('credentials')}
        </label>
        <FormError message={formError} />
        <button type="submit" className={buttonClass} disabled={isSubmitting}>
          {isSubmitting ? t('creating') : t('create')}
        </button>
      </form>
      {revealed ? (
        <SecretDialog revealed={revealed.secret} onDone={() => router.push(`/dashboard/wallets/${revealed.walletUuid}`)} />
      ) : null}
    </>
  );
}
