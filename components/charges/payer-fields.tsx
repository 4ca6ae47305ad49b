'use client';

import { useTranslations } from 'next-intl';
import { TextField } from '@/components/credit/form-fields';

/** The payer of a new charge: who they are and their billing address (A55 asks for both). */
export function PayerFields() {
  const t = useTranslations('newCharge');
  return (
    <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-sm font-semibold">{t('payer')}</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="payer_name" label={t('payerName')} autoComplete="off" />
        <TextField name="payer_email" label={t('payerEmail')} type="email" inputMode="email" autoComplete="off" />
        <TextField name="payer_tax_id" label={t('payerTaxId')} hint={t('payerTaxIdHint')} autoComplete="off" />
        <TextField name="payer_cell_phone" label={t('payerPhone')} hint={t('payerPhoneHint')} type="tel" inputMode="tel" autoComplete="off" />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="payer_address.street" label={t('street')} autoComplete="off" />
        <TextField name="payer_address.address_number" label={t('addressNumber')} autoComplete="off" />
        <TextField name="payer_address.complement" label={t('complement')} autoComplete="off" optional />
        <TextField name="payer_address.neighborhood" label={t('neighborhood')} autoComplete="off" />
        <TextField name="payer_address.city" label={t('city')} autoComplete="off" />
        <TextField name="payer_address.state" label={t('state')} autoComplete="off" />
        <TextField name="payer_address.postal_code" label={t('postalCode')} autoComplete="off" />
        <TextField name="payer_address.country" label={t('country')} hint={t('countryHint')} autoComplete="off" />
      </div>
    </fieldset>
  );
}
