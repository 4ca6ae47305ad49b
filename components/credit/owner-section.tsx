'use client';

import { useTranslations } from 'next-intl';
import { get, useFieldArray, useFormContext, useWatch, type FieldErrors } from 'react-hook-form';
import { secondaryButtonClass } from '@/components/ui/field';
import { LegalPersonFields, NaturalPersonFields } from './person-fields';
import { emptyNaturalPerson } from './wizard-defaults';

/** The wizard's first section: who owns the wallet, a natural person or a company with its representatives. */
export function OwnerSection() {
  const t = useTranslations('ownerSection');
  const owner = useTranslations('owner');
  const { register, control } = useFormContext();
  const personType = useWatch({ control, name: 'owner.person_type' });

  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="text-base font-semibold text-slate-900">{t('legend')}</legend>
      <div role="radiogroup" aria-label={t('type')} className="flex gap-6 text-sm">
        <label className="flex items-center gap-2">
          <input type="radio" value="natural" {...register('owner.person_type')} />
          {owner('natural')}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" value="legal" {...register('owner.person_type')} />
          {owner('legal')}
        </label>
      </div>
      <div role="group" aria-label={t('details')} className="flex flex-col gap-4">
        {personType === 'legal' ? <LegalPersonFields prefix="owner" /> : <NaturalPersonFields prefix="owner" />}
      </div>
      {personType === 'legal' ? <LegalRepresentatives /> : null}
    </fieldset>
  );
}

/** The repeater of a legal owner's representatives, each a natural person. */
function LegalRepresentatives() {
  const t = useTranslations('ownerSection');
  const owner = useTranslations('owner');
  const { control, formState } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: 'owner.legal_representatives' });
  // The list's own error ("At least one legal representative") sits on `.root` once the field array is registered.
  const listErrors = get(formState.errors as FieldErrors, 'owner.legal_representatives') as
    | { message?: string; root?: { message?: string } }
    | undefined;
  const listError = listErrors?.root?.message ?? listErrors?.message;

  return (
    <section aria-label={t('representatives')} className="flex flex-col gap-4">
      <h3 className="text-sm font-semibold text-slate-800">{t('representatives')}</h3>
      {fields.map((field, index) => (
        <fieldset key={field.id} className="flex flex-col gap-3 rounded-md border border-slate-200 p-4">
          <legend className="px-1 text-sm font-medium text-slate-700">{owner('legalRepresentative', { number: index + 1 })}</legend>
          <NaturalPersonFields prefix={`owner.legal_representatives.${index}`} />
          <button type="button" className={`${secondaryButtonClass} self-start`} onClick={() => remove(index)}>
            {t('remove', { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      {listError ? (
        <p role="alert" className="text-xs text-red-700">
          {listError}
        </p>
      ) : null}
      <button type="button" className={`${secondaryButtonClass} self-start`} onClick={() => append(emptyNaturalPerson())}>
        {t('add')}
      </button>
    </section>
  );
}
