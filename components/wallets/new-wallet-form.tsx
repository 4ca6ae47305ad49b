'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { createWalletAction } from '@/app/dashboard/wallets/actions';
import { buttonClass, Field, FormError, inputClass } from '@/components/ui/field';
import { WALLET_CURRENCIES } from '@/lib/money/currency';
import { useSubmitOnce } from '@/lib/idempotency/use-submit-once';
import { createWalletSchema, type CreateWalletFormValues, type CreateWalletInput } from '@/lib/wallets/schemas';
import { clientCredentials, SecretDialog, type RevealedSecret } from '@/components/ui/secret-dialog';

const FIELDS = ['name', 'customer_id', 'email', 'currency', 'merchant_uuid', 'create_credentials'] as const;

/** "New payment wallet": the API's own schema validates here, in the action, and in the route. */
export function NewWalletForm({ entityUuid, merchants }: { entityUuid: string; merchants: { merchantUuid: string; name: string }[] }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [revealed, setRevealed] = useState<{ walletUuid: string; secret: RevealedSecret } | null>(null);
  const submitOnce = useSubmitOnce();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateWalletFormValues, unknown, CreateWalletInput>({
    resolver: zodResolver(createWalletSchema),
    defaultValues: { entity_uuid: entityUuid, currency: 'BRL', create_credentials: false, merchant_uuid: merchants[0]?.merchantUuid },
  });

  async function onSubmit(values: CreateWalletInput) {
    setFormError(null);
    const result = await submitOnce(values, (key) => createWalletAction(values, key));
    if (!result) return;
    if (!result.ok) {
      for (const field of FIELDS) {
        const message = result.error.fields[field];
        if (message) setError(field, { message });
      }
      setFormError(result.error.message);
      return;
    }
    const { walletUuid, credentials } = result.data;
    // A replay never carries the secret (it was shown once); the wallet page lists its credentials.
    if (!credentials || result.replayed) {
      router.push(`/dashboard/wallets/${walletUuid}`);
      return;
    }
    setRevealed({
      walletUuid,
      secret: clientCredentials('Wallet credentials', credentials.client_id, credentials.client_secret, {
        details: [
          { label: 'Grant type', value: credentials.grant_type },
          { label: 'Scopes', value: credentials.scopes.join(' ') },
        ],
      }),
    });
  }

  const invalid = (field: (typeof FIELDS)[number]) => ({ 'aria-invalid': !!errors[field], 'aria-describedby': errors[field] ? `${field}-error` : undefined });

  return (
    <>
      <form onSubmit={handleSubmit(onSubmit)} aria-label="New payment wallet" className="flex max-w-xl flex-col gap-4" noValidate>
        <input type="hidden" {...register('entity_uuid')} />
        <Field id="name" label="Wallet name" error={errors.name?.message} hint="Shown in the dashboard and reports">
          <input id="name" className={inputClass} {...invalid('name')} {...register('name')} />
        </Field>
        <Field id="customer_id" label="Customer ID" error={errors.customer_id?.message} hint="Your internal id for this customer">
          <input id="customer_id" className={inputClass} {...invalid('customer_id')} {...register('customer_id')} />
        </Field>
        <Field id="email" label="Email" error={errors.email?.message}>
          <input id="email" type="email" className={inputClass} {...invalid('email')} {...register('email')} />
        </Field>
        <Field id="currency" label="Currency" error={errors.currency?.message}>
          <select id="currency" className={inputClass} {...invalid('currency')} {...register('currency')}>
            {WALLET_CURRENCIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </Field>
        <Field id="merchant_uuid" label="Merchant" error={errors.merchant_uuid?.message}>
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
            <option value="">Create a merchant named after the wallet</option>
          </select>
        </Field>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" {...register('create_credentials')} />
          Create API credentials for this wallet
        </label>
        <FormError message={formError} />
        <button type="submit" className={buttonClass} disabled={isSubmitting}>
          {isSubmitting ? 'Creating…' : 'Create wallet'}
        </button>
      </form>
      {revealed ? (
        <SecretDialog revealed={revealed.secret} onDone={() => router.push(`/dashboard/wallets/${revealed.walletUuid}`)} />
      ) : null}
    </>
  );
}
