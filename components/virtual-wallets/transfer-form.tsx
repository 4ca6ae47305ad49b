'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { z } from 'zod';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { buttonClass, Field, FormError, inputClass } from '@/components/ui/field';
import { formatBalance } from '@/components/ui/format';
import { withCanonicalDecimals } from '@/components/ui/locale-decimal';
import { useActionForm } from '@/components/ui/use-action-form';
import type { ActionResult } from '@/lib/actions/run-action';
import { useSubmitOnce } from '@/lib/idempotency/use-submit-once';
import type { WalletCurrency } from '@/lib/money/currency';
import type { TransferActionInput } from '@/lib/virtual-wallets/action-schemas';
import { transferSchema } from '@/lib/virtual-wallets/schemas';

export type TransferAction = (input: TransferActionInput, idempotencyKey: string) => Promise<ActionResult<{ transferUuid: string; balance: string }>>;

type Direction = 'to_virtual' | 'to_holding';
/** The route's body as typed (the amount as the reader writes it, made canonical before the schema reads it). */
type Values = z.input<typeof transferSchema>;
const FIELDS = ['direction', 'amount', 'description'] as const;

/**
 * Moves money between the holding and this virtual wallet (`POST …/transfer/`): into it even past
 * the holding's own funds, up to its leverage ceiling; back out of it up to its balance. The amount
 * is typed the reader's way; a confirmation names it before the action runs, once per attempt.
 * A deactivated wallet only gives back.
 */
export function TransferForm({
  target,
  names,
  currency,
  limits,
  deactivated,
  transfer,
}: {
  target: { wallet_uuid: string; virtual_wallet_uuid: string };
  names: { holding: string; wallet: string };
  currency: WalletCurrency;
  /** What may go each way now (formatted). */
  limits: { toVirtual: string; toHolding: string };
  deactivated: boolean;
  transfer: TransferAction;
}) {
  const t = useTranslations('virtualWallets.transfer');
  const locale = useLocale();
  const router = useRouter();
  const submitOnce = useSubmitOnce();
  const [review, setReview] = useState<Values | null>(null);
  const [done, setDone] = useState(false);
  const [running, setRunning] = useState(false);
  const directions: Direction[] = deactivated ? ['to_holding'] : ['to_virtual', 'to_holding'];
  const {
    form: {
      register,
      handleSubmit,
      reset,
      formState: { errors },
    },
    formError,
    submitAction,
  } = useActionForm<Values>(
    {
      resolver: (values, context, options) => zodResolver(transferSchema, undefined, { raw: true })(withCanonicalDecimals(values, ['amount'], locale), context, options),
      defaultValues: { direction: directions[0], amount: '', description: undefined },
    },
    { fieldFor: (field) => FIELDS.find((name) => name === field) },
  );

  async function go(values: Values) {
    setReview(null);
    setRunning(true);
    const input = { ...target, ...values };
    const result = await submitAction(submitOnce(input, (key) => transfer(input, key)));
    setRunning(false);
    if (!result?.ok) return;
    setDone(true);
    reset({ direction: values.direction, amount: '', description: undefined });
    router.refresh();
  }

  const amountShown = (values: Values) => formatBalance(String(values.amount), currency, locale);

  return (
    <form
      onSubmit={handleSubmit((values) => {
        setDone(false);
        setReview(values);
      })}
      aria-label={t('form')}
      className="flex flex-col gap-3 px-4 py-4"
      noValidate
    >
      <div className="flex flex-wrap items-start gap-4">
        <Field id="transfer-direction" label={t('direction')} error={errors.direction?.message}>
          <select id="transfer-direction" className={inputClass} {...register('direction')}>
            {directions.map((direction) => (
              <option key={direction} value={direction}>
                {t(direction)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="transfer-amount" label={t('amount', { currency })} error={errors.amount?.message}>
          <input
            id="transfer-amount"
            inputMode="decimal"
            autoComplete="off"
            className={`${inputClass} w-40`}
            aria-invalid={!!errors.amount}
            aria-describedby={errors.amount ? 'transfer-amount-error' : undefined}
            {...register('amount')}
          />
        </Field>
        <Field id="transfer-description" label={t('description')} error={errors.description?.message}>
          <input id="transfer-description" maxLength={140} className={`${inputClass} w-64`} {...register('description', { setValueAs: (value: string) => value.trim() || undefined })} />
        </Field>
      </div>
      <p className="text-xs text-slate-500">
        {deactivated ? t('limitToHolding', { amount: limits.toHolding }) : t('limits', { toVirtual: limits.toVirtual, toHolding: limits.toHolding })}
      </p>
      <FormError message={formError} />
      <div className="flex items-center gap-3">
        <button type="submit" className={buttonClass} disabled={running}>
          {running ? t('pending') : t('submit')}
        </button>
        {done ? (
          <p role="status" className="text-sm text-emerald-700">
            {t('done')}
          </p>
        ) : null}
      </div>
      {review ? (
        <ConfirmDialog
          confirmation={{
            title: t('confirmTitle', { amount: amountShown(review) }),
            message: t(review.direction === 'to_holding' ? 'confirmToHolding' : 'confirmToVirtual', { amount: amountShown(review), holding: names.holding, wallet: names.wallet }),
            confirmLabel: t('confirm'),
          }}
          onConfirm={() => go(review)}
          onCancel={() => setReview(null)}
        />
      ) : null}
    </form>
  );
}
