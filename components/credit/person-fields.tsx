'use client';

import { BRAZILIAN_STATES } from '@/lib/persons/schemas';
import { MaskedField, SelectField, TextField } from './form-fields';
import { cnpjMask, cpfMask, postalCodeMask } from './masks';

/** The fields of a person (seed 002 owner object) under `prefix`: `owner`, `owner.legal_representatives.0`… */

const STATE_OPTIONS = Object.fromEntries(BRAZILIAN_STATES.map((state) => [state, state === 'EX' ? 'EX (outside Brazil)' : state]));

export function NaturalPersonFields({ prefix }: { prefix: string }) {
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField name={`${prefix}.name`} label="Full name" autoComplete="off" />
        <MaskedField name={`${prefix}.document_number`} label="CPF" mask={cpfMask} hint="000.000.000-00" />
        <TextField name={`${prefix}.birthdate`} label="Birthdate" type="date" />
      </div>
      <ContactFields prefix={prefix} />
    </>
  );
}

export function LegalPersonFields({ prefix }: { prefix: string }) {
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name={`${prefix}.name`} label="Legal name" autoComplete="off" />
        <TextField name={`${prefix}.trading_name`} label="Trading name" autoComplete="off" />
        <MaskedField
          name={`${prefix}.document_number`}
          label="CNPJ"
          mask={cnpjMask}
          inputMode="text"
          hint="00.000.000/0000-00; letters allowed in the new alphanumeric CNPJ"
        />
        <TextField name={`${prefix}.foundation_date`} label="Foundation date" type="date" />
      </div>
      <ContactFields prefix={prefix} />
    </>
  );
}

function ContactFields({ prefix }: { prefix: string }) {
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-4">
        <TextField name={`${prefix}.email`} label="Email" type="email" inputMode="email" autoComplete="off" />
        <TextField name={`${prefix}.phone.country_code`} label="Country code" inputMode="numeric" hint="55 for Brazil" />
        <TextField name={`${prefix}.phone.area_code`} label="Area code" inputMode="numeric" hint="2 digits" />
        <TextField name={`${prefix}.phone.number`} label="Phone number" inputMode="tel" hint="8 or 9 digits" />
      </div>
      <div className="grid gap-3 sm:grid-cols-4">
        <MaskedField name={`${prefix}.address.postal_code`} label="Postal code" mask={postalCodeMask} hint="00000-000" />
        <div className="sm:col-span-2">
          <TextField name={`${prefix}.address.street`} label="Street" />
        </div>
        <TextField name={`${prefix}.address.number`} label="Number" />
        <TextField name={`${prefix}.address.complement`} label="Complement" optional />
        <TextField name={`${prefix}.address.neighborhood`} label="Neighborhood" />
        <TextField name={`${prefix}.address.city`} label="City" />
        <SelectField name={`${prefix}.address.state`} label="State" options={STATE_OPTIONS} />
      </div>
    </>
  );
}
