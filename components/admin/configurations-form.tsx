'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormProvider, get, useFormContext, type FieldErrors, type Resolver } from 'react-hook-form';
import { buttonClass, Field, FormError, inputClass } from '@/components/ui/field';
import { useActionForm } from '@/components/ui/use-action-form';
import { configurationsSchema, PAYOUT_DESTINATION_TYPES } from '@/lib/management/schemas';
import { BANK_ACCOUNT_TYPES, PIX_KEY_TYPES } from '@/lib/payouts/destinations';
import { formField, type SaveConfigurationsAction } from './account-actions';

type DestinationType = (typeof PAYOUT_DESTINATION_TYPES)[number];

/** The form's values: the API's body, the destination holding the object of its type only. */
export interface ConfigurationsValues {
  pix_key: string | null;
  pix_city: string | null;
  payout_destination: { type_payout: DestinationType; pix_destination?: Record<string, unknown>; bank_destination?: Record<string, unknown> } | null;
}

const FRESH: Record<DestinationType, NonNullable<ConfigurationsValues['payout_destination']>> = {
  pix: { type_payout: 'pix', pix_destination: { pix_address_key_type: 'cnpj', pix_address_key: '' } },
  ted: { type_payout: 'ted', bank_destination: { bank_code: '', branch: '', account: '', account_digit: '', account_type: 'checking', beneficiary_name: '', beneficiary_document: '' } },
};

/** What a blank input holds: null for a nullable field, nothing for an optional one; "" otherwise, for the schema to name. */
type Blank = 'null' | 'absent';
const blankAs = (blank: Blank) => (value: unknown) => (typeof value === 'string' && value.trim() === '' ? (blank === 'null' ? null : undefined) : value);

/**
 * The account's Pix key and city and its default payout destination, checked as typed by the
 * API's own schema (a Pix key by its type and check digits, a bank account by its bank's rules).
 */
export function ConfigurationsForm({ initial, save }: { initial: ConfigurationsValues; save: SaveConfigurationsAction }) {
  const t = useTranslations('adminAccounts');
  const common = useTranslations('common');
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const [destination, setDestination] = useState<DestinationType | 'none'>(initial.payout_destination?.type_payout ?? 'none');
  const { form, formError, submitAction } = useActionForm<ConfigurationsValues>(
    { resolver: zodResolver(configurationsSchema, undefined, { raw: true }) as unknown as Resolver<ConfigurationsValues>, defaultValues: initial },
    { fieldFor: formField<ConfigurationsValues> },
  );
  const {
    handleSubmit,
    setValue,
    formState: { isSubmitting },
  } = form;

  async function onSubmit(values: ConfigurationsValues) {
    setSaved(false);
    const result = await submitAction(save(values as Parameters<SaveConfigurationsAction>[0]));
    if (!result.ok) return;
    setSaved(true);
    router.refresh();
  }

  function chooseDestination(next: DestinationType | 'none') {
    setDestination(next);
    setValue('payout_destination', next === 'none' ? null : structuredClone(FRESH[next]));
  }

  return (
    <FormProvider {...form}>
      <form onSubmit={handleSubmit(onSubmit)} aria-label={t('configurationsTitle')} className="flex max-w-2xl flex-col gap-4 px-4 py-3" noValidate>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInput name="pix_key" label={t('pixKey')} hint={t('pixKeyHint')} blank="null" />
          <TextInput name="pix_city" label={t('pixCity')} blank="null" />
        </div>
        <Field id="payout-destination-type" label={t('payoutDestination')} hint={t('payoutDestinationHint')}>
          <select id="payout-destination-type" className={inputClass} value={destination} onChange={(event) => chooseDestination(event.target.value as DestinationType | 'none')}>
            <option value="none">{t('destinationNone')}</option>
            <option value="pix">{t('destinationPix')}</option>
            <option value="ted">{t('destinationTed')}</option>
          </select>
        </Field>
        {destination === 'pix' ? <PixDestinationFields /> : null}
        {destination === 'ted' ? <BankDestinationFields /> : null}
        <FormError message={formError} />
        <div className="flex items-center gap-4">
          <button type="submit" className={buttonClass} disabled={isSubmitting}>
            {isSubmitting ? common('saving') : t('saveConfigurations')}
          </button>
          {saved ? (
            <p role="status" className="text-sm text-emerald-700">
              {t('configurationsSaved')}
            </p>
          ) : null}
        </div>
      </form>
    </FormProvider>
  );
}

function PixDestinationFields() {
  const t = useTranslations();
  const at = (field: string) => `payout_destination.pix_destination.${field}`;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectInput name={at('pix_address_key_type')} label={t('adminAccounts.pixKeyType')} options={PIX_KEY_TYPES.map((type) => [type, t(`payouts.keyTypes.${type}`)])} />
      <TextInput name={at('pix_address_key')} label={t('adminAccounts.destinationKey')} />
      <TextInput name={at('beneficiary_name')} label={t('adminAccounts.beneficiaryNameOptional')} blank="absent" />
    </div>
  );
}

function BankDestinationFields() {
  const t = useTranslations('adminAccounts');
  const at = (field: string) => `payout_destination.bank_destination.${field}`;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextInput name={at('bank_code')} label={t('bankCode')} hint={t('bankCodeHint')} />
      <SelectInput name={at('account_type')} label={t('accountType')} options={BANK_ACCOUNT_TYPES.map((type) => [type, t(`accountTypes.${type}`)])} />
      <TextInput name={at('branch')} label={t('branch')} />
      <div className="grid grid-cols-[1fr_6rem] gap-2">
        <TextInput name={at('account')} label={t('accountNumber')} />
        <TextInput name={at('account_digit')} label={t('accountDigit')} />
      </div>
      <TextInput name={at('beneficiary_name')} label={t('beneficiaryName')} />
      <TextInput name={at('beneficiary_document')} label={t('beneficiaryDocument')} />
    </div>
  );
}

function TextInput({ name, label, hint, blank }: { name: string; label: string; hint?: string; blank?: Blank }) {
  const { register, formState } = useFormContext();
  const id = name.replace(/[._]/g, '-');
  const error = (get(formState.errors as FieldErrors, name) as { message?: string } | undefined)?.message;
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        autoComplete="off"
        className={inputClass}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
        {...register(name, blank ? { setValueAs: blankAs(blank) } : undefined)}
      />
    </Field>
  );
}

function SelectInput({ name, label, options }: { name: string; label: string; options: [string, string][] }) {
  const { register, formState } = useFormContext();
  const id = name.replace(/[._]/g, '-');
  const error = (get(formState.errors as FieldErrors, name) as { message?: string } | undefined)?.message;
  return (
    <Field id={id} label={label} error={error}>
      <select id={id} className={inputClass} aria-invalid={!!error} {...register(name)}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );
}
