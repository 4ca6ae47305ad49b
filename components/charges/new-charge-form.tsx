'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { FormProvider, useWatch } from 'react-hook-form';
import { TextField } from '@/components/credit/form-fields';
import { buttonClass, Field, FormError, inputClass } from '@/components/ui/field';
import { toCanonicalDecimal } from '@/components/ui/locale-decimal';
import { useActionForm } from '@/components/ui/use-action-form';
import type { ChargeStatus } from '@/db/schema';
import type { ActionResult } from '@/lib/actions/run-action';
import { DEFAULT_PIX_MINUTES, isCardMethod, MAX_PIX_MINUTES, newChargeFormSchema, TERMINAL_METHODS, type NewChargeFormValues, type NewChargeInput, type TerminalMethod } from '@/lib/charges/virtual-terminal';
import { useSubmitOnce } from '@/lib/idempotency/use-submit-once';
import type { WalletCurrency } from '@/lib/money/currency';
import { CardFields, type TestCard } from './card-fields';
import { PayerFields } from './payer-fields';

export type CreateChargeAction = (input: NewChargeInput, idempotencyKey: string) => Promise<ActionResult<{ chargeUuid: string; status: ChargeStatus }>>;

export interface ChargeableWallet {
  walletUuid: string;
  merchantUuid: string;
  currency: WalletCurrency;
  label: string;
}

const INSTALLMENTS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Where a wallet's payers usually live: the billing country the form suggests. */
const HOME_COUNTRY: Record<WalletCurrency, string> = { BRL: 'BR', MXN: 'MX', CLP: 'CL', ARS: 'AR' };
const HOME_COUNTRIES = Object.values(HOME_COUNTRY);

/** Pix and boleto are Brazilian: only a BRL wallet takes them. */
const takesMethod = (wallet: ChargeableWallet | undefined, method: TerminalMethod) => isCardMethod(method) || wallet?.currency === 'BRL';

/**
 * "New charge", a virtual terminal: the A55 create body's fields in the merchant's words (a total
 * and a number of installments, typed the reader's way), validated by the action's own schema.
 * The merchant and currency come from the chosen wallet. A card is charged at once; on a BRL wallet
 * a Pix (with its expiry) or a boleto (with its due date) is issued for the payer to pay on the
 * charge's page. On success the charge page opens.
 */
export function NewChargeForm({
  wallets,
  testCards,
  defaultDueDate,
  createCharge,
}: {
  wallets: ChargeableWallet[];
  testCards: TestCard[] | null;
  /** A boleto's suggested due date (YYYY-MM-DD), in Brazil's calendar. */
  defaultDueDate: string;
  createCharge: CreateChargeAction;
}) {
  const t = useTranslations('newCharge');
  const methods = useTranslations('chargeMethods');
  const locale = useLocale();
  const router = useRouter();
  const submitOnce = useSubmitOnce();
  const walletOf = (walletUuid: string | undefined) => wallets.find((wallet) => wallet.walletUuid === walletUuid);
  const first = wallets[0];
  const { form, formError, submitAction } = useActionForm<NewChargeFormValues, NewChargeInput>({
    // The wallet decides the merchant and currency; the amount is read the reader's way.
    resolver: (values, context, options) => {
      const wallet = walletOf(values.wallet_uuid);
      const prepared = { ...values, merchant_id: wallet?.merchantUuid ?? '', currency: wallet?.currency ?? 'BRL', amount: toCanonicalDecimal(values.amount, locale) };
      return zodResolver(newChargeFormSchema)(prepared, context, options);
    },
    defaultValues: {
      type_charge: 'credit_card',
      wallet_uuid: first?.walletUuid ?? '',
      merchant_id: first?.merchantUuid ?? '',
      currency: first?.currency ?? 'BRL',
      amount: '',
      installment_count: 1,
      description: '',
      payer_name: '',
      payer_email: '',
      payer_tax_id: '',
      payer_cell_phone: '',
      payer_address: { street: '', address_number: '', neighborhood: '', city: '', state: '', postal_code: '', country: first ? HOME_COUNTRY[first.currency] : '' },
      card_name: '',
      card_number: '',
      card_expiry_month: '',
      card_expiry_year: '',
      card_cvv: '',
      capture: true,
      threeds_authentication: false,
      pix_expiration_minutes: DEFAULT_PIX_MINUTES,
      due_date: defaultDueDate,
    },
  });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  const chosenWallet = walletOf(useWatch({ control: form.control, name: 'wallet_uuid' }));
  const currency = chosenWallet?.currency ?? '';
  const method = useWatch({ control: form.control, name: 'type_charge' });
  const card = isCardMethod(method);

  // A country the form suggested follows the wallet; one the merchant typed stays. A wallet that
  // cannot take the chosen method (Pix or boleto outside BRL) falls back to a card.
  function followWallet(event: { target: { value: string } }) {
    const wallet = walletOf(event.target.value);
    const country = form.getValues('payer_address.country');
    if (wallet && (country === '' || HOME_COUNTRIES.includes(country))) form.setValue('payer_address.country', HOME_COUNTRY[wallet.currency]);
    if (!takesMethod(wallet, form.getValues('type_charge'))) form.setValue('type_charge', 'credit_card');
  }

  async function onSubmit(values: NewChargeInput) {
    const result = await submitAction(submitOnce(values, (key) => createCharge(values, key)));
    if (result?.ok) router.push(`/dashboard/charges/${result.data.chargeUuid}`);
  }

  if (wallets.length === 0) return <p className="rounded-lg border border-slate-200 bg-white px-4 py-6 text-sm text-slate-600">{t('noWallets')}</p>;

  const aria = (name: 'wallet_uuid' | 'amount' | 'installment_count' | 'pix_expiration_minutes' | 'due_date') => ({
    'aria-invalid': !!errors[name],
    'aria-describedby': errors[name] ? `${name}-error` : undefined,
  });
  const submitLabel = method === 'pix' ? t('createPix') : method === 'boleto' ? t('createBoleto') : t('create');

  return (
    <FormProvider {...form}>
      <form onSubmit={handleSubmit(onSubmit)} aria-label={t('form')} className="flex max-w-3xl flex-col gap-6" noValidate>
        <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 text-sm font-semibold">{t('charge')}</legend>
          <Field id="wallet_uuid" label={t('wallet')} error={errors.wallet_uuid?.message}>
            <select id="wallet_uuid" className={inputClass} {...aria('wallet_uuid')} {...register('wallet_uuid', { onChange: followWallet })}>
              {wallets.map((wallet) => (
                <option key={wallet.walletUuid} value={wallet.walletUuid}>
                  {wallet.label}
                </option>
              ))}
            </select>
          </Field>
          <fieldset aria-describedby={errors.type_charge ? 'type_charge-error' : 'type_charge-hint'}>
            <legend className="text-sm font-medium text-slate-700">{t('method')}</legend>
            <div className="mt-1 flex flex-wrap gap-4">
              {TERMINAL_METHODS.map((option) => (
                <label key={option} className={`flex items-center gap-2 text-sm ${takesMethod(chosenWallet, option) ? '' : 'text-slate-400'}`}>
                  <input type="radio" value={option} disabled={!takesMethod(chosenWallet, option)} {...register('type_charge')} />
                  {methods(option)}
                </label>
              ))}
            </div>
            {errors.type_charge ? (
              <p id="type_charge-error" role="alert" className="mt-1 text-xs text-red-700">
                {errors.type_charge.message}
              </p>
            ) : (
              <p id="type_charge-hint" className="mt-1 text-xs text-slate-500">
                {card ? t('brlOnly') : t('payerPaysLater')}
              </p>
            )}
          </fieldset>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="amount" label={t('amount', { currency })} hint={card ? t('amountHint') : undefined} error={errors.amount?.message}>
              <input id="amount" inputMode="decimal" autoComplete="off" className={inputClass} {...aria('amount')} {...register('amount')} />
            </Field>
            {card ? (
              <Field id="installment_count" label={t('installments')} error={errors.installment_count?.message}>
                <select id="installment_count" className={inputClass} {...aria('installment_count')} {...register('installment_count', { valueAsNumber: true })}>
                  {INSTALLMENTS.map((count) => (
                    <option key={count} value={count}>
                      {t('installmentOption', { count })}
                    </option>
                  ))}
                </select>
              </Field>
            ) : null}
            {method === 'pix' ? (
              <Field id="pix_expiration_minutes" label={t('pixExpiry')} hint={t('pixExpiryHint')} error={errors.pix_expiration_minutes?.message}>
                <input
                  id="pix_expiration_minutes"
                  type="number"
                  min={1}
                  max={MAX_PIX_MINUTES}
                  step={1}
                  inputMode="numeric"
                  className={inputClass}
                  {...aria('pix_expiration_minutes')}
                  {...register('pix_expiration_minutes', { valueAsNumber: true })}
                />
              </Field>
            ) : null}
            {method === 'boleto' ? (
              <Field id="due_date" label={t('dueDate')} hint={t('dueDateHint')} error={errors.due_date?.message}>
                <input id="due_date" type="date" className={inputClass} {...aria('due_date')} {...register('due_date')} />
              </Field>
            ) : null}
          </div>
          <TextField name="description" label={t('chargeDescription')} autoComplete="off" />
          {card ? (
            <>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" {...register('capture')} />
                {t('capture')}
              </label>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" {...register('threeds_authentication')} />
                {t('threeDs')}
              </label>
            </>
          ) : null}
        </fieldset>
        <PayerFields />
        {card ? <CardFields testCards={testCards} /> : null}
        <FormError message={formError} />
        <div>
          <button type="submit" className={buttonClass} disabled={isSubmitting}>
            {isSubmitting ? t('creating') : submitLabel}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
