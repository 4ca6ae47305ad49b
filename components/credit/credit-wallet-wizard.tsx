'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { FormProvider, useWatch, type DefaultValues } from 'react-hook-form';
import { buttonClass, FormError } from '@/components/ui/field';
import { toLocaleDecimal, withCanonicalDecimals } from '@/components/ui/locale-decimal';
import { useActionForm } from '@/components/ui/use-action-form';
import type { ActionResult } from '@/lib/actions/run-action';
import { createCreditWalletSchema, type CreateCreditWalletInput } from '@/lib/credit/schemas';
import { useSubmitOnce } from '@/lib/idempotency/use-submit-once';
import { SelectField, TextField } from './form-fields';
import { InvoiceConfigurationFields } from './invoice-configuration-fields';
import { InvoiceDatesPreview } from './invoice-dates-preview';
import { OwnerSection } from './owner-section';
import { wizardDefaults } from './wizard-defaults';

/** The wizard's decimal inputs, typed the reader's way ("5.000,50" in pt-BR) and made canonical before the schema sees them. */
const DECIMAL_FIELDS = [
  'limits.postpaid_credit_limit',
  'limits.payroll_withdraw_limit',
  'invoice_configuration.monthly_interest_percentage',
  'invoice_configuration.fine_percentage',
] as const;

export type CreateCreditWalletAction = (input: CreateCreditWalletInput, idempotencyKey: string) => Promise<ActionResult<{ walletKey: string }>>;

/**
 * "New credit wallet": owner, invoice configuration with a live preview of the next invoices on
 * the banking calendar, and limits. The form's values are the API body; they are validated by the
 * API's schema here (raw values go to the action, which parses them again) and created by the
 * same service, so the wallet waits for KYC exactly as one created through the API. The rules the
 * service checks after the schema (a representative's CPF, the invoice dates) come back as field
 * problems and mark their inputs.
 */
export function CreditWalletWizard({ requestControlKey, createCreditWallet }: { requestControlKey: string; createCreditWallet: CreateCreditWalletAction }) {
  const t = useTranslations('wizard');
  const kinds = useTranslations('creditWallet');
  const locale = useLocale();
  const router = useRouter();
  const submitOnce = useSubmitOnce();
  const { form, formError, submitAction } = useActionForm<CreateCreditWalletInput>({
    resolver: (values, context, options) =>
      zodResolver(createCreditWalletSchema, undefined, { raw: true })(withCanonicalDecimals(values, DECIMAL_FIELDS, locale), context, options),
    // Wider than the body: both person types' and both date types' fields (see wizardDefaults).
    defaultValues: wizardDefaults(requestControlKey) as DefaultValues<CreateCreditWalletInput>,
  });
  const walletType = useWatch({ control: form.control, name: 'wallet_type' }) === 'payroll' ? 'payroll' : 'default';
  const invoiceConfiguration = useWatch({ control: form.control, name: 'invoice_configuration' });

  async function onSubmit(values: CreateCreditWalletInput) {
    // A retry of a submit whose answer was lost replays the wallet it created (not CIN000099).
    const result = await submitAction(submitOnce(values, (key) => createCreditWallet(values, key)));
    if (!result?.ok) return;
    router.push(`/dashboard/wallets/credit/${result.data.walletKey}`);
  }

  return (
    <FormProvider {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)} aria-label={t('title')} className="flex flex-col gap-8" noValidate>
        <OwnerSection />

        <fieldset className="grid gap-3 sm:grid-cols-3">
          <legend className="text-base font-semibold text-slate-900">{t('walletAndLimits')}</legend>
          <SelectField
            name="wallet_type"
            label={t('walletType')}
            options={{ default: kinds('default'), payroll: kinds('payroll') }}
            hint={t('walletTypeHint')}
          />
          <TextField name="limits.postpaid_credit_limit" label={t('postpaidLimit')} inputMode="decimal" hint={t('postpaidLimitHint', { example: toLocaleDecimal('5000.00', locale) })} />
          {walletType === 'payroll' ? (
            <TextField name="limits.payroll_withdraw_limit" label={t('payrollLimit')} inputMode="decimal" />
          ) : null}
        </fieldset>

        <div className="grid gap-6 lg:grid-cols-2">
          <InvoiceConfigurationFields walletType={walletType} />
          <section aria-label={t('previewSection')}>
            <InvoiceDatesPreview config={invoiceConfiguration} />
          </section>
        </div>

        <FormError message={formError} />
        <button type="submit" className={`${buttonClass} self-start`} disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t('creating') : t('create')}
        </button>
      </form>
    </FormProvider>
  );
}
