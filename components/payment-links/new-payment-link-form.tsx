'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTimeZone, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useWatch, type Resolver } from 'react-hook-form';
import { buttonClass, Field, FormError, inputClass } from '@/components/ui/field';
import { toCanonicalDecimal } from '@/components/ui/locale-decimal';
import { useActionForm } from '@/components/ui/use-action-form';
import { LINK_REGIONS, PAYMENT_LINK_METHODS, type PaymentLinkMethod } from '@/db/schema';
import type { ActionResult } from '@/lib/actions/run-action';
import { useSubmitOnce } from '@/lib/idempotency/use-submit-once';
import { DEFAULT_TIME_ZONE } from '@/lib/i18n/locales';
import type { WalletCurrency } from '@/lib/money/currency';
import { amountProblem, methodsFor, paymentLinkFormSchema, regionFor, wallTimeToIso, type PaymentLinkFormBody } from '@/lib/payment-links/link-form';
import { CheckoutPreview, type CheckoutMessages } from './checkout-preview';

export type CreatePaymentLinkAction = (input: PaymentLinkFormBody, idempotencyKey: string) => Promise<ActionResult<{ paymentLinkUuid: string }>>;

export interface LinkWallet {
  walletUuid: string;
  merchantUuid: string;
  merchantName: string;
  currency: WalletCurrency;
  label: string;
}

/** What the inputs hold, as typed; the resolver makes A.6's body of it. */
interface LinkFormValues {
  wallet_uuid: string;
  region: (typeof LINK_REGIONS)[number];
  name: string;
  description: string;
  value: string;
  charge_type: PaymentLinkMethod[];
  max_installment_count: number;
  usage: 'reusable' | 'single';
  expires_at: string;
  max_payments: string;
  redirect_url: string;
}

const INSTALLMENTS = Array.from({ length: 12 }, (_, i) => i + 1);

/** A field the action names, on the input that holds it (the wallet decides merchant and currency). */
const FIELD_OF: Record<string, keyof LinkFormValues | undefined> = { merchant_id: 'wallet_uuid', currency: 'wallet_uuid', is_checkout: 'usage', billing_type: undefined };

/**
 * "New payment link": A.6's body in the merchant's words (an amount typed their way, an expiry in
 * their time zone, reusable or single use), validated by the action's own schema, with the checkout
 * drawn beside it as the payer will see it. Pix and boleto are offered on reais wallets only.
 */
export function NewPaymentLinkForm({ wallets, createPaymentLink, checkoutMessages }: { wallets: LinkWallet[]; createPaymentLink: CreatePaymentLinkAction; checkoutMessages: CheckoutMessages }) {
  const t = useTranslations('newPaymentLink');
  const methodNames = useTranslations('chargeMethods');
  const locale = useLocale();
  const timeZone = useTimeZone() ?? DEFAULT_TIME_ZONE;
  const router = useRouter();
  const submitOnce = useSubmitOnce();
  const walletOf = (walletUuid: string | undefined) => wallets.find((wallet) => wallet.walletUuid === walletUuid);
  const first = wallets[0];

  const resolver: Resolver<LinkFormValues, unknown, PaymentLinkFormBody> = async (values, context, options) => {
    const body = toBody(values, walletOf(values.wallet_uuid), locale, timeZone);
    const resolved = await zodResolver(paymentLinkFormSchema)(body as never, context, options as never);
    // The body's `is_checkout` is the form's `usage`.
    const errors = resolved.errors as Record<string, unknown>;
    if (errors.is_checkout) errors.usage = errors.is_checkout;
    return resolved as never;
  };

  const { form, formError, submitAction } = useActionForm<LinkFormValues, PaymentLinkFormBody>(
    {
      resolver,
      defaultValues: {
        wallet_uuid: first?.walletUuid ?? '',
        region: regionFor(first?.currency ?? 'BRL') ?? 'BR',
        name: '',
        description: '',
        value: '',
        charge_type: first ? methodsFor(first.currency) : ['credit_card'],
        max_installment_count: 1,
        usage: 'reusable',
        expires_at: '',
        max_payments: '',
        redirect_url: '',
      },
    },
    { fieldFor: (field) => (field in FIELD_OF ? FIELD_OF[field] : (field.split('.')[0] as keyof LinkFormValues)) },
  );
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const watched = useWatch({ control });
  const wallet = walletOf(watched.wallet_uuid);
  const currency = wallet?.currency ?? 'BRL';
  const offered = methodsFor(currency);
  const chosenMethods = (watched.charge_type ?? []).filter((method): method is PaymentLinkMethod => !!method && offered.includes(method));
  const reusable = watched.usage !== 'single';
  const canonical = toCanonicalDecimal(watched.value ?? '', locale);

  // A new wallet suggests its region and keeps only the methods its currency takes.
  function walletChanged(event: { target: { value: string } }) {
    const next = walletOf(event.target.value);
    if (!next) return;
    const region = regionFor(next.currency);
    if (region) form.setValue('region', region);
    const methods = form.getValues('charge_type').filter((method) => methodsFor(next.currency).includes(method));
    form.setValue('charge_type', methods.length ? methods : ['credit_card']);
  }

  async function onSubmit(body: PaymentLinkFormBody) {
    const result = await submitAction(submitOnce(body, (key) => createPaymentLink(body, key)));
    if (result?.ok) router.push(`/dashboard/payment-links/${result.data.paymentLinkUuid}`);
  }

  if (wallets.length === 0) return <p className="rounded-lg border border-slate-200 bg-white px-4 py-6 text-sm text-slate-600">{t('noWallets')}</p>;

  const aria = (name: keyof LinkFormValues) => ({ 'aria-invalid': !!errors[name], 'aria-describedby': errors[name] ? `${name}-error` : undefined });
  const message = (name: keyof LinkFormValues) => errors[name]?.message ?? (errors[name] as { root?: { message?: string } } | undefined)?.root?.message;

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <form onSubmit={handleSubmit(onSubmit)} aria-label={t('form')} className="flex flex-col gap-6" noValidate>
        <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 text-sm font-semibold">{t('product')}</legend>
          <Field id="wallet_uuid" label={t('wallet')} error={message('wallet_uuid')}>
            <select id="wallet_uuid" className={inputClass} {...aria('wallet_uuid')} {...register('wallet_uuid', { onChange: walletChanged })}>
              {wallets.map((option) => (
                <option key={option.walletUuid} value={option.walletUuid}>
                  {option.label}
                </option>
              ))}
            </select>
          </Field>
          <Field id="name" label={t('name')} hint={t('nameHint')} error={message('name')}>
            <input id="name" autoComplete="off" className={inputClass} {...aria('name')} {...register('name')} />
          </Field>
          <Field id="description" label={t('description')} error={message('description')}>
            <textarea id="description" rows={3} className={inputClass} {...aria('description')} {...register('description')} />
          </Field>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="value" label={t('amount', { currency })} hint={t('amountHint')} error={message('value')}>
              <input id="value" inputMode="decimal" autoComplete="off" className={inputClass} {...aria('value')} {...register('value')} />
            </Field>
            <Field id="region" label={t('region')} error={message('region')}>
              <select id="region" className={inputClass} {...aria('region')} {...register('region')}>
                {LINK_REGIONS.map((region) => (
                  <option key={region} value={region}>
                    {t(`regions.${region}`)}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        </fieldset>

        <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4" aria-describedby={errors.charge_type ? 'charge_type-error' : undefined}>
          <legend className="px-1 text-sm font-semibold">{t('methods')}</legend>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            {PAYMENT_LINK_METHODS.map((method) => (
              <label key={method} className={`flex items-center gap-2 text-sm ${offered.includes(method) ? '' : 'text-slate-400'}`}>
                <input type="checkbox" value={method} disabled={!offered.includes(method)} {...register('charge_type')} />
                {methodNames(method)}
              </label>
            ))}
          </div>
          {currency !== 'BRL' ? <p className="text-xs text-slate-500">{t('brlOnly')}</p> : null}
          {message('charge_type') ? (
            <p id="charge_type-error" role="alert" className="text-xs text-red-700">
              {message('charge_type')}
            </p>
          ) : null}
          <Field id="max_installment_count" label={t('maxInstallments')} hint={t('maxInstallmentsHint')} error={message('max_installment_count')}>
            <select
              id="max_installment_count"
              className={`${inputClass} sm:w-48`}
              disabled={!chosenMethods.includes('credit_card')}
              {...aria('max_installment_count')}
              {...register('max_installment_count', { valueAsNumber: true })}
            >
              {INSTALLMENTS.map((count) => (
                <option key={count} value={count}>
                  {t('installmentOption', { count })}
                </option>
              ))}
            </select>
          </Field>
        </fieldset>

        <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 text-sm font-semibold">{t('usage')}</legend>
          <div role="radiogroup" aria-label={t('usage')} className="flex flex-col gap-2">
            <label className="flex items-start gap-2 text-sm">
              <input type="radio" value="reusable" className="mt-1" {...register('usage')} />
              <span>
                {t('reusable')}
                <span className="block text-xs text-slate-500">{t('reusableHint')}</span>
              </span>
            </label>
            <label className="flex items-start gap-2 text-sm">
              <input type="radio" value="single" className="mt-1" {...register('usage')} />
              <span>
                {t('singleUse')}
                <span className="block text-xs text-slate-500">{t('singleUseHint')}</span>
              </span>
            </label>
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="expires_at" label={t('expiresAt')} hint={t('expiresAtHint', { timeZone })} error={message('expires_at')}>
              <input id="expires_at" type="datetime-local" className={inputClass} {...aria('expires_at')} {...register('expires_at')} />
            </Field>
            {reusable ? (
              <Field id="max_payments" label={t('maxPayments')} hint={t('maxPaymentsHint')} error={message('max_payments')}>
                <input id="max_payments" type="number" inputMode="numeric" min={1} step={1} className={inputClass} {...aria('max_payments')} {...register('max_payments')} />
              </Field>
            ) : null}
          </div>
          <Field id="redirect_url" label={t('redirectUrl')} hint={t('redirectUrlHint')} error={message('redirect_url')}>
            <input id="redirect_url" type="url" inputMode="url" autoComplete="off" placeholder="https://" className={inputClass} {...aria('redirect_url')} {...register('redirect_url')} />
          </Field>
        </fieldset>

        <FormError message={formError} />
        <div>
          <button type="submit" className={buttonClass} disabled={isSubmitting}>
            {isSubmitting ? t('creating') : t('create')}
          </button>
        </div>
      </form>

      <aside aria-label={t('preview')} className="lg:sticky lg:top-6 lg:self-start">
        <h2 className="mb-2 text-sm font-semibold text-slate-700">{t('preview')}</h2>
        <p className="mb-3 text-xs text-slate-500">{t('previewHint')}</p>
        <CheckoutPreview
          messages={checkoutMessages}
          link={{
            merchantName: wallet?.merchantName ?? '',
            name: watched.name ?? '',
            description: watched.description ?? '',
            value: amountProblem(canonical, currency) === null ? canonical : null,
            currency,
            methods: PAYMENT_LINK_METHODS.filter((method) => chosenMethods.includes(method)),
            maxInstallments: Number(watched.max_installment_count) || 1,
            reusable,
          }}
        />
      </aside>
    </div>
  );
}

/** A.6's create body for what the inputs hold: the wallet's merchant and currency, the amount and expiry made canonical. */
function toBody(values: LinkFormValues, wallet: LinkWallet | undefined, locale: string, timeZone: string) {
  const currency = wallet?.currency ?? '';
  const reusable = values.usage !== 'single';
  const methods = (values.charge_type || []).filter((method) => methodsFor(currency).includes(method));
  const expiry = values.expires_at.trim();
  const maxPayments = values.max_payments.trim();
  return {
    wallet_uuid: values.wallet_uuid,
    merchant_id: wallet?.merchantUuid ?? '',
    region: values.region,
    currency,
    billing_type: 'one_time',
    charge_type: methods,
    name: values.name,
    description: values.description.trim() || null,
    value: toCanonicalDecimal(values.value, locale),
    max_installment_count: methods.includes('credit_card') ? values.max_installment_count : 1,
    is_checkout: reusable,
    redirect_url: values.redirect_url.trim() || null,
    // A malformed expiry goes on as typed, for the schema to refuse on its field.
    expires_at: expiry ? (wallTimeToIso(expiry, timeZone) ?? expiry) : null,
    max_payments: reusable && maxPayments ? (/^\d+$/.test(maxPayments) ? Number(maxPayments) : maxPayments) : null,
  };
}
