'use client';

import { get, useFieldArray, useFormContext, useWatch, type FieldErrors } from 'react-hook-form';
import { secondaryButtonClass } from '@/components/ui/field';
import { LegalPersonFields, NaturalPersonFields } from './person-fields';
import { emptyNaturalPerson } from './wizard-defaults';

/** The wizard's first section: who owns the wallet, a natural person or a company with its representatives. */
export function OwnerSection() {
  const { register, control } = useFormContext();
  const personType = useWatch({ control, name: 'owner.person_type' });

  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="text-base font-semibold text-slate-900">Owner</legend>
      <div role="radiogroup" aria-label="Owner type" className="flex gap-6 text-sm">
        <label className="flex items-center gap-2">
          <input type="radio" value="natural" {...register('owner.person_type')} />
          Natural person (CPF)
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" value="legal" {...register('owner.person_type')} />
          Legal person (CNPJ)
        </label>
      </div>
      <div role="group" aria-label="Owner details" className="flex flex-col gap-4">
        {personType === 'legal' ? <LegalPersonFields prefix="owner" /> : <NaturalPersonFields prefix="owner" />}
      </div>
      {personType === 'legal' ? <LegalRepresentatives /> : null}
    </fieldset>
  );
}

/** The repeater of a legal owner's representatives, each a natural person. */
function LegalRepresentatives() {
  const { control, formState } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: 'owner.legal_representatives' });
  // The list's own error ("At least one legal representative") sits on `.root` once the field array is registered.
  const listErrors = get(formState.errors as FieldErrors, 'owner.legal_representatives') as
    | { message?: string; root?: { message?: string } }
    | undefined;
  const listError = listErrors?.root?.message ?? listErrors?.message;

  return (
    <section aria-label="Legal representatives" className="flex flex-col gap-4">
      <h3 className="text-sm font-semibold text-slate-800">Legal representatives</h3>
      {fields.map((field, index) => (
        <fieldset key={field.id} className="flex flex-col gap-3 rounded-md border border-slate-200 p-4">
          <legend className="px-1 text-sm font-medium text-slate-700">{`Legal representative ${index + 1}`}</legend>
          <NaturalPersonFields prefix={`owner.legal_representatives.${index}`} />
          <button type="button" className={`${secondaryButtonClass} self-start`} onClick={() => remove(index)}>
            {`Remove legal representative ${index + 1}`}
          </button>
        </fieldset>
      ))}
      {listError ? (
        <p role="alert" className="text-xs text-red-700">
          {listError}
        </p>
      ) : null}
      <button type="button" className={`${secondaryButtonClass} self-start`} onClick={() => append(emptyNaturalPerson())}>
        Add legal representative
      </button>
    </section>
  );
}
