'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormProvider, useForm, useWatch, type DefaultValues, type Path } from 'react-hook-form';
import { createCreditWalletAction } from '@/app/dashboard/wallets/credit/actions';
import { buttonClass, FormError } from '@/components/ui/field';
import { createCreditWalletSchema, type CreateCreditWalletInput } from '@/lib/credit/schemas';
import { useSubmitOnce } from '@/lib/idempotency/use-submit-once';
import { representativeDocumentProblems } from '@/lib/persons/schemas';
import { SelectField, TextField } from './form-fields';
import { InvoiceConfigurationFields } from './invoice-configuration-fields';
import { InvoiceDatesPreview } from './invoice-dates-preview';
import { OwnerSection } from './owner-section';
import { wizardDefaults } from './wizard-defaults';

/**
 * The API's create schema plus the one rule the service checks after it: a representative's CPF
 * (CIN000002 on the API). Checking it here too marks the very input instead of failing the submit.
 */
const wizardSchema = createCreditWalletSchema.superRefine((body, ctx) => {
  if (!body.owner) return;
  for (const path of representativeDocumentProblems(body.owner)) {
    ctx.addIssue({ code: 'custom', path: path.split('.'), message: 'Invalid CPF: 11 digits with valid check digits' });
  }
});

/**
 * "New credit wallet": owner, invoice configuration with a live preview of the next invoices on
 * the banking calendar, and limits. The form's values are the API body; they are validated by the
 * API's schema here (raw values go to the action, which parses them again) and created by the
 * same service, so the wallet waits for KYC exactly as one created through the API.
 */
export function CreditWalletWizard({ requestControlKey }: { requestControlKey: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const submitOnce = useSubmitOnce();
  const form = useForm<CreateCreditWalletInput>({
    resolver: zodResolver(wizardSchema, undefined, { raw: true }),
    // Wider than the body: both person types' and both date types' fields (see wizardDefaults).
    defaultValues: wizardDefaults(requestControlKey) as DefaultValues<CreateCreditWalletInput>,
  });
  const walletType = useWatch({ control: form.control, name: 'wallet_type' }) === 'payroll' ? 'payroll' : 'default';
  const invoiceConfiguration = useWatch({ control: form.control, name: 'invoice_configuration' });

  async function onSubmit(values: CreateCreditWalletInput) {
    setFormError(null);
    // A retry of a submit whose answer was lost replays the wallet it created (not CIN000099).
    const result = await submitOnce(values, (key) => createCreditWalletAction(values, key));
    if (!result) return;
    if (!result.ok) {
      for (const [field, message] of Object.entries(result.error.fields)) form.setError(field as Path<CreateCreditWalletInput>, { message });
      setFormError(result.error.message);
      return;
    }
    router.push(`/dashboard/wallets/credit/${result.data.walletKey}`);
  }

  return (
    <FormProvider {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)} aria-label="New credit wallet" className="flex flex-col gap-8" noValidate>
        <OwnerSection />

        <fieldset className="grid gap-3 sm:grid-cols-3">
          <legend className="text-base font-semibold text-slate-900">Wallet and limits</legend>
          <SelectField
            name="wallet_type"
            label="Wallet type"
            options={{ default: 'Default', payroll: 'Payroll' }}
            hint="Payroll wallets add a withdrawal limit and charge no interest or fine"
          />
          <TextField name="limits.postpaid_credit_limit" label="Postpaid credit limit (BRL)" inputMode="decimal" hint="For example 5000.00" />
          {walletType === 'payroll' ? (
            <TextField name="limits.payroll_withdraw_limit" label="Payroll withdrawal limit (BRL)" inputMode="decimal" />
          ) : null}
        </fieldset>

        <div className="grid gap-6 lg:grid-cols-2">
          <InvoiceConfigurationFields walletType={walletType} />
          <section aria-label="Invoice dates preview">
            <InvoiceDatesPreview config={invoiceConfiguration} />
          </section>
        </div>

        <FormError message={formError} />
        <button type="submit" className={`${buttonClass} self-start`} disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? 'Creating…' : 'Create credit wallet'}
        </button>
      </form>
    </FormProvider>
  );
}
