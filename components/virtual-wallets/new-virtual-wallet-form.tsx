'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { buttonClass, Field, FormError, inputClass } from '@/components/ui/field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { ActionResult } from '@/lib/actions/run-action';
import { useSubmitOnce } from '@/lib/idempotency/use-submit-once';
import type { CreateVirtualWalletActionInput } from '@/lib/virtual-wallets/action-schemas';
import { createVirtualWalletSchema } from '@/lib/virtual-wallets/schemas';

export type CreateVirtualWalletAction = (input: CreateVirtualWalletActionInput, idempotencyKey: string) => Promise<ActionResult<{ virtualWalletUuid: string }>>;

interface Values {
  reference: string;
  name: string;
}
const FIELDS = ['reference', 'name'] as const;

/**
 * "New virtual wallet" under this holding: the API's own schema checks it here and in the action;
 * one idempotency key per attempt, so a double click opens one wallet. Opens the new wallet's
 * page, where its deposit code is.
 */
export function NewVirtualWalletForm({ walletUuid, create }: { walletUuid: string; create: CreateVirtualWalletAction }) {
  const t = useTranslations('virtualWallets.create');
  const router = useRouter();
  const submitOnce = useSubmitOnce();
  const {
    form: {
      register,
      handleSubmit,
      formState: { errors, isSubmitting },
    },
    formError,
    submitAction,
  } = useActionForm<Values>(
    { resolver: zodResolver(createVirtualWalletSchema, undefined, { raw: true }), defaultValues: { reference: '', name: '' } },
    { fieldFor: (field) => FIELDS.find((name) => name === field) },
  );

  async function onSubmit(values: Values) {
    const input = { wallet_uuid: walletUuid, reference: values.reference.trim(), name: values.name.trim() };
    const result = await submitAction(submitOnce(input, (key) => create(input, key)));
    if (!result?.ok) return;
    router.push(`/dashboard/wallets/${walletUuid}/virtual/${result.data.virtualWalletUuid}`);
  }

  const invalid = (name: (typeof FIELDS)[number]) => ({ 'aria-invalid': !!errors[name], 'aria-describedby': errors[name] ? `virtual-${name}-error` : undefined });

  return (
    <form onSubmit={handleSubmit(onSubmit)} aria-label={t('form')} className="flex flex-col gap-3 px-4 py-4" noValidate>
      <div className="flex flex-wrap items-start gap-4">
        <Field id="virtual-reference" label={t('reference')} hint={t('referenceHint')} error={errors.reference?.message}>
          <input id="virtual-reference" autoComplete="off" maxLength={100} className={`${inputClass} w-56`} {...invalid('reference')} {...register('reference')} />
        </Field>
        <Field id="virtual-name" label={t('name')} error={errors.name?.message}>
          <input id="virtual-name" autoComplete="off" maxLength={140} className={`${inputClass} w-72`} {...invalid('name')} {...register('name')} />
        </Field>
      </div>
      <FormError message={formError} />
      <div>
        <button type="submit" className={buttonClass} disabled={isSubmitting}>
          {isSubmitting ? t('creating') : t('submit')}
        </button>
      </div>
    </form>
  );
}
