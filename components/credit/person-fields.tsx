'use client';

import { useTranslations } from 'next-intl';
import { BRAZILIAN_STATES } from '@/lib/persons/schemas';
import { MaskedField, SelectField, TextField } from './form-fields';
import { cnpjMask, cpfMask, postalCodeMask } from './masks';

/** The fields of a person (seed 002 owner object) under `prefix`: `owner`, `owner.legal_representatives.0`… */

const stateOptions = (outsideBrazil: string) => Object.fromEntries(BRAZILIAN_STATES.map((state) => [state, state === 'EX' ? outsideBrazil : state]));

export function NaturalPersonFields({ prefix }: { prefix: string }) {
  const t = useTranslations('person');
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField name={`${prefix}.name`} label={t('fullName')} autoComplete="off" />
        <MaskedField name={`${prefix}.document_number`} label="CPF" mask={cpfMask} hint="000.000.000-00" />
        <TextField name={`${prefix}.birthdate`} label={t('birthdate')} type="date" />
      </div>
      <ContactFields prefix={prefix} />
    </>
  );
}

export function LegalPersonFields({ prefix }: { prefix: string }) {
  const t = useTranslations('person');
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name={`${prefix}.name`} label={t('legalName')} autoComplete="off" />
        <TextField name={`${prefix}.trading_name`} label={t('tradingName')} autoComplete="off" />
        <MaskedField
          name={`${prefix}.document_number`}
          label="CNPJ"
          mask={cnpjMask}
          inputMode="text"
          hint={t('cnpjHint')}
        />
        <TextField name={`${prefix}.foundation_date`} label={t('foundationDate')} type="date" />
      </div>
      <ContactFields prefix={prefix} />
    </>
  );
}

function ContactFields({ prefix }: { prefix: string }) {
  const t = useTranslations('person');
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-4">
        <TextField name={`${prefix}.email`} label={t('email')} type="email" inputMode="email" autoComplete="off" />
        <TextField name={`${prefix}.phone.country_code`} label={t('countryCode')} inputMode="numeric" hint={t('countryCodeHint')} />
        <TextField name={`${prefix}.phone.area_code`} label={t('areaCode')} inputMode="numeric" hint={t('areaCodeHint')} />
        <TextField name={`${prefix}.phone.number`} label={t('phoneNumber')} inputMode="tel" hint={t('phoneNumberHint')} />
      </div>
      <div className="grid gap-3 sm:grid-cols-4">
        <MaskedField name={`${prefix}.address.postal_code`} label={t('postalCode')} mask={postalCodeMask} hint="00000-000" />
        <div className="sm:col-span-2">
          <TextField name={`${prefix}.address.street`} label={t('street')} />
        </div>
        <TextField name={`${prefix}.address.number`} label={t('number')} />
        <TextField name={`${prefix}.address.complement`} label={t('complement')} optional />
        <TextField name={`${prefix}.address.neighborhood`} label={t('neighborhood')} />
        <TextField name={`${prefix}.address.city`} label={t('city')} />
        <SelectField name={`${prefix}.address.state`} label={t('state')} options={stateOptions(t('outsideBrazil'))} />
      </div>
    </>
  );
}
