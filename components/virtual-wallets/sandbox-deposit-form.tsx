'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { z } from 'zod';
import { Field, FormError, inputClass, secondaryButtonClass } from '@/components/ui/field';
import { formatBalance } from '@/components/ui/format';
import { withCanonicalDecimals } from '@/components/ui/locale-decimal';
import { useActionForm } from '@/components/ui/use-action-form';
import type { VirtualDepositRefusal } from '@/db/schema';
import type { ActionResult } from '@/lib/actions/run-action';
import { useSubmitOnce } from '@/lib/idempotency/use-submit-once';
import type { WalletCurrency } from '@/lib/money/currency';
import type { SimulateDepositActionInput } from '@/lib/virtual-wallets/action-schemas';
import { simulateDepositSchema } from '@/lib/virtual-wallets/schemas';

export type SimulateDepositAction = (
  input: SimulateDepositActionInput,
  idempotencyKey: string,
) => Promise<ActionResult<{ status: 'credited' | 'refused'; reason: VirtualDepositRefusal | null; amount: string }>>;

/**
 * Sandbox only (the page leaves it out in production): a payer pays this wallet's BR Code the
 * amount typed, through the provider-adapter entry point the sandbox API uses. Under the minimum,
 * or on a deactivated wallet, the deposit is refused and recorded; the outcome is said here.
 */
export function SandboxDepositForm({ target, currency, deposit }: { target: { wallet_uuid: string; virtual_wallet_uuid: string }; currency: WalletCurrency; deposit: SimulateDepositAction }) {
  const t = useTranslations('virtualWallets.sandbox');
  const reasons = useTranslations('virtualWallets.reasons');
  const locale = useLocale();
  const router = useRouter();
  const submitOnce = useSubmitOnce();
  const [outcome, setOutcome] = useState<string | null>(null);
  const {
    form: {
      register,
      handleSubmit,
      formState: { errors, isSubmitting },
    },
    formError,
    submitAction,
  } = useActionForm<z.input<typeof simulateDepositSchema>>(
    {
      resolver: (values, context, options) => zodResolver(simulateDepositSchema, undefined, { raw: true })(withCanonicalDecimals(values, ['amount'], locale), context, options),
      defaultValues: { amount: '' },
    },
    { fieldFor: (field) => (field === 'amount' ? 'amount' : undefined) },
  );

  async function onSubmit(values: z.input<typeof simulateDepositSchema>) {
    setOutcome(null);
    const input = { ...target, amount: String(values.amount) };
    const result = await submitAction(submitOnce(input, (key) => deposit(input, key)));
    if (!result?.ok) return;
    const amount = formatBalance(result.data.amount, currency, locale);
    setOutcome(result.data.reason ? t('refused', { amount, reason: reasons(result.data.reason) }) : t('credited', { amount }));
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} aria-label={t('form')} className="flex flex-col gap-2" noValidate>
      <p className="text-sm text-amber-900">{t('hint')}</p>
      <div className="flex flex-wrap items-end gap-3">
        <Field id="sandbox-amount" label={t('amount', { currency })} error={errors.amount?.message}>
          <input
            id="sandbox-amount"
            inputMode="decimal"
            autoComplete="off"
            className={`${inputClass} w-40`}
            aria-invalid={!!errors.amount}
            aria-describedby={errors.amount ? 'sandbox-amount-error' : undefined}
            {...register('amount')}
          />
        </Field>
        <button type="submit" className={secondaryButtonClass} disabled={isSubmitting}>
          {isSubmitting ? t('pending') : t('submit')}
        </button>
      </div>
      <FormError message={formError} />
      {outcome ? (
        <p role="status" className="text-sm text-slate-800" data-testid="sandbox-deposit-outcome">
          {outcome}
        </p>
      ) : null}
    </form>
  );
}
