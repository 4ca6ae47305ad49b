'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import { buttonClass, Field, FormError, inputClass } from '@/components/ui/field';
import { formatMoney } from '@/components/ui/format';
import { useActionForm } from '@/components/ui/use-action-form';
import type { ActionResult } from '@/lib/actions/run-action';
import { useSubmitOnce } from '@/lib/idempotency/use-submit-once';
import { parseMinor } from '@/lib/money/decimal';
import { PIX_KEY_TYPES, type PixKeyType } from '@/lib/payouts/destinations';
import { PayoutConfirmation, type PayoutQuote } from './payout-confirmation';
import { payoutFieldOf, payoutProblems, toPayoutBody, type PayoutFormValues, type PayoutRequestBody } from './payout-form-body';

export type RequestPayoutAction = (input: PayoutRequestBody, idempotencyKey: string) => Promise<ActionResult<{ payoutUuid: string }>>;

/** A BRL payment wallet the merchant can pay out of, with what it holds and what a Pix payout costs (minor units as text). */
export interface PayoutWallet {
  walletUuid: string;
  label: string;
  availableMinor: string;
  feeMinor: string;
}

/**
 * "Request payout": a Pix payout out of a reais wallet, checked by the API's own schema as it is
 * typed, then a confirmation step with the fee and the total before the action runs (once per
 * attempt: the idempotency key covers a double click on Confirm).
 */
export function RequestPayoutForm({
  wallets,
  requestPayout,
  defaultPixKey,
}: {
  wallets: PayoutWallet[];
  requestPayout: RequestPayoutAction;
  /** The account's default payout destination when it is a Pix key (set by the platform), filled in for the merchant to keep or change. */
  defaultPixKey: { type: PixKeyType; key: string } | null;
}) {
  const t = useTranslations('payouts');
  const locale = useLocale();
  const router = useRouter();
  const submitOnce = useSubmitOnce();
  const [review, setReview] = useState<{ body: PayoutRequestBody; quote: PayoutQuote } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const walletOf = (walletUuid: string | undefined) => wallets.find((wallet) => wallet.walletUuid === walletUuid);

  const resolver: Resolver<PayoutFormValues, unknown, PayoutRequestBody> = async (values) => {
    const body = toPayoutBody(values, locale);
    const problems = Object.entries(payoutProblems(body));
    if (problems.length === 0) return { values: body, errors: {} };
    const errors = Object.fromEntries(problems.map(([field, message]) => [field, { type: 'validation', message }]));
    return { values: {}, errors: errors as FieldErrors<PayoutFormValues> };
  };
  const { form, formError, setFormError, submitAction } = useActionForm<PayoutFormValues, PayoutRequestBody>(
    {
      resolver,
      defaultValues: {
        wallet_uuid: wallets[0]?.walletUuid ?? '',
        pix_address_key_type: defaultPixKey?.type ?? 'email',
        pix_address_key: defaultPixKey?.key ?? '',
        beneficiary_name: '',
        value: '',
        description: '',
        schedule_date: '',
      },
    },
    { fieldFor: payoutFieldOf },
  );
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const chosen = walletOf(useWatch({ control, name: 'wallet_uuid' }));
  const keyType = useWatch({ control, name: 'pix_address_key_type' });
  const brl = (minor: bigint) => formatMoney(minor, 'BRL', locale);

  // The balance check is a courtesy: the service decides, whatever raced in between.
  function onReview(body: PayoutRequestBody) {
    const wallet = walletOf(body.wallet_uuid);
    if (!wallet) return;
    const quote = { walletLabel: wallet.label, amountMinor: parseMinor(body.value, 2), feeMinor: BigInt(wallet.feeMinor), availableMinor: BigInt(wallet.availableMinor) };
    if (quote.amountMinor + quote.feeMinor > quote.availableMinor) {
      form.setError('value', { type: 'balance', message: t('form.overBalance', { fee: brl(quote.feeMinor), available: brl(quote.availableMinor) }) }, { shouldFocus: true });
      return;
    }
    setFormError(null);
    setReview({ body, quote });
  }

  async function onConfirm() {
    if (!review) return;
    setSubmitting(true);
    const result = await submitAction(submitOnce(review.body, (key) => requestPayout(review.body, key)));
    if (result?.ok) return router.push(`/dashboard/payouts/${result.data.payoutUuid}`);
    setSubmitting(false);
    // A field's problem is fixed in the form; anything else (the balance, a lost connection) can be confirmed again.
    if (result && Object.keys(result.error.fields).length > 0) setReview(null);
  }

  if (wallets.length === 0) return <p className="rounded-lg border border-slate-200 bg-white px-4 py-6 text-sm text-slate-600">{t('form.noWallets')}</p>;
  if (review) return <PayoutConfirmation body={review.body} quote={review.quote} submitting={submitting} error={formError} onEdit={() => setReview(null)} onConfirm={onConfirm} />;

  const aria = (name: keyof PayoutFormValues) => ({ 'aria-invalid': !!errors[name], 'aria-describedby': errors[name] ? `${name}-error` : undefined });
  return (
    <form onSubmit={handleSubmit(onReview)} aria-label={t('form.label')} className="flex max-w-2xl flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <Field id="wallet_uuid" label={t('form.wallet')} hint={chosen ? t('form.available', { balance: brl(BigInt(chosen.availableMinor)) }) : undefined} error={errors.wallet_uuid?.message}>
        <select id="wallet_uuid" className={inputClass} {...aria('wallet_uuid')} {...register('wallet_uuid')}>
          {wallets.map((wallet) => (
            <option key={wallet.walletUuid} value={wallet.walletUuid}>
              {wallet.label}
            </option>
          ))}
        </select>
      </Field>
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        <Field id="pix_address_key_type" label={t('form.keyType')} error={errors.pix_address_key_type?.message}>
          <select id="pix_address_key_type" className={inputClass} {...aria('pix_address_key_type')} {...register('pix_address_key_type')}>
            {PIX_KEY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`keyTypes.${type}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="pix_address_key" label={t('form.key')} hint={t(`form.keyHints.${keyType}`)} error={errors.pix_address_key?.message}>
          <input id="pix_address_key" autoComplete="off" className={inputClass} {...aria('pix_address_key')} {...register('pix_address_key')} />
        </Field>
      </div>
      <Field id="beneficiary_name" label={t('form.beneficiaryName')} error={errors.beneficiary_name?.message}>
        <input id="beneficiary_name" autoComplete="off" className={inputClass} {...aria('beneficiary_name')} {...register('beneficiary_name')} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="value" label={t('form.amount')} hint={t('form.amountHint')} error={errors.value?.message}>
          <input id="value" inputMode="decimal" autoComplete="off" className={inputClass} {...aria('value')} {...register('value')} />
        </Field>
        <Field id="schedule_date" label={t('form.scheduleDate')} hint={t('form.scheduleHint')} error={errors.schedule_date?.message}>
          <input id="schedule_date" type="date" className={inputClass} {...aria('schedule_date')} {...register('schedule_date')} />
        </Field>
      </div>
      <Field id="description" label={t('form.description')} error={errors.description?.message}>
        <input id="description" autoComplete="off" maxLength={140} className={inputClass} {...aria('description')} {...register('description')} />
      </Field>
      <FormError message={formError} />
      <div>
        <button type="submit" className={buttonClass} disabled={isSubmitting}>
          {t('form.review')}
        </button>
      </div>
    </form>
  );
}
