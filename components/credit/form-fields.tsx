'use client';

import type { HTMLInputTypeAttribute } from 'react';
import { get, useFormContext, useWatch, type FieldErrors } from 'react-hook-form';
import { Field, inputClass } from '@/components/ui/field';
import type { Mask } from './masks';

/**
 * Labelled inputs bound by path (`owner.address.city`) to the surrounding react-hook-form, showing
 * that path's validation message. The wizard's values are the API body, so a path here is also the
 * field name the API would report in `extra_fields`.
 */
interface FieldProps {
  name: string;
  label: string;
  hint?: string;
}

/** The control's id, its message and the aria attributes tying them together. */
function useFieldState(name: string) {
  const { formState } = useFormContext();
  const id = name.replace(/\./g, '-');
  const error = (get(formState.errors as FieldErrors, name) as { message?: string } | undefined)?.message;
  return { id, error, aria: { 'aria-invalid': !!error, 'aria-describedby': error ? `${id}-error` : undefined } };
}

export function TextField({
  name,
  label,
  hint,
  type = 'text',
  autoComplete,
  inputMode,
  optional,
}: FieldProps & {
  type?: HTMLInputTypeAttribute;
  autoComplete?: string;
  inputMode?: 'numeric' | 'decimal' | 'email' | 'tel';
  /** An empty optional input is left out of the body rather than sent as "". */
  optional?: boolean;
}) {
  const { register } = useFormContext();
  const { id, error, aria } = useFieldState(name);
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <input
        id={id}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        className={inputClass}
        {...aria}
        {...register(name, optional ? { setValueAs: (value: string) => value || undefined } : undefined)}
      />
    </Field>
  );
}

/** An input that shows its value masked (123.456.789-09) while the form holds the wire value. */
export function MaskedField({ name, label, hint, mask, inputMode = 'numeric' }: FieldProps & { mask: Mask; inputMode?: 'numeric' | 'text' }) {
  const { register, setValue, formState } = useFormContext();
  const value: unknown = useWatch({ name });
  const { id, error, aria } = useFieldState(name);
  // Registered only for its ref (focus on error). Not its onChange/onBlur: they read the DOM,
  // which holds the masked text; the unmasked value is set on every keystroke instead.
  const { ref } = register(name);
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <input
        id={id}
        ref={ref}
        name={name}
        inputMode={inputMode}
        autoComplete="off"
        className={inputClass}
        value={mask.format(typeof value === 'string' ? value : '')}
        onChange={(event) => setValue(name, mask.parse(event.target.value), { shouldDirty: true, shouldValidate: formState.isSubmitted })}
        {...aria}
      />
    </Field>
  );
}

/** A whole number (days, months): the form holds a number, NaN while empty, for the schema to judge. */
export function NumberField({ name, label, hint, min, max }: FieldProps & { min: number; max: number }) {
  const { register } = useFormContext();
  const { id, error, aria } = useFieldState(name);
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <input id={id} type="number" inputMode="numeric" step={1} min={min} max={max} className={inputClass} {...aria} {...register(name, { valueAsNumber: true })} />
    </Field>
  );
}

export function SelectField({ name, label, hint, options }: FieldProps & { options: Record<string, string> }) {
  const { register } = useFormContext();
  const { id, error, aria } = useFieldState(name);
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <select id={id} className={inputClass} {...aria} {...register(name)}>
        {Object.entries(options).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );
}
