'use client';

import { get, useFormContext, useWatch, type FieldErrors } from 'react-hook-form';
import { Field, inputClass } from '@/components/ui/field';
import { DAYS_OF_WEEK, FALLBACK_STRATEGIES, MAX_OFFSET_MONTHS, OCCURRENCES } from '@/lib/credit/invoice-configuration';

/**
 * The invoice-configuration section of the credit-wallet wizard. It lives inside the wizard's
 * react-hook-form (FormProvider) and registers the wire names under `invoice_configuration.*`, so
 * the form's values are the API body and the shared zod schema validates them. Only the inputs of
 * the chosen closing and due types are shown; the other type's values may stay in the form state
 * and are dropped by the schema. Payroll wallets carry no interest fields (seed 004).
 */
const ROOT = 'invoice_configuration';
const CLOSING = `${ROOT}.closing_date_configuration`;
const DUE = `${ROOT}.due_date_configuration`;

const WEEKDAY_LABELS: Record<(typeof DAYS_OF_WEEK)[number], string> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};
const OCCURRENCE_LABELS: Record<(typeof OCCURRENCES)[number], string> = {
  first: 'First',
  second: 'Second',
  third: 'Third',
  fourth: 'Fourth',
  last: 'Last',
};
const FALLBACK_LABELS: Record<(typeof FALLBACK_STRATEGIES)[number], string> = {
  next_business_day: 'Next business day',
  previous_business_day: 'Previous business day',
  same_day: 'Same day',
};
const TYPE_LABELS = { fixed: 'Fixed day of the month', rule_based: 'Weekday rule' };

/**
 * Form values that satisfy the seed's example (closing on the 15th, due on the 20th, 2% interest
 * and fine), with rule defaults ready for when the user switches a date to `rule_based`.
 */
export const invoiceConfigurationFormDefaults = {
  closing_date_configuration: {
    type: 'fixed',
    fixed_day: 15,
    rule: { day_of_week: 'friday', occurrence: 'last', fallback_strategy: 'previous_business_day' },
  },
  due_date_configuration: {
    type: 'fixed',
    fixed_day: 20,
    offset_months: 0,
    rule: { day_of_week: 'monday', occurrence: 'first', fallback_strategy: 'next_business_day' },
  },
  invoice_payment_type: 'bank_slip',
  interest_base: 'calendar_days',
  monthly_interest_percentage: '2.0',
  fine_percentage: '2.0',
};

export function InvoiceConfigurationFields({ walletType, idPrefix = 'invoice' }: { walletType: 'default' | 'payroll'; idPrefix?: string }) {
  const { control } = useFormContext();
  const closingType = useWatch({ control, name: `${CLOSING}.type` });
  const dueType = useWatch({ control, name: `${DUE}.type` });

  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="text-base font-semibold text-slate-900">Invoice configuration</legend>

      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="text-sm font-semibold text-slate-800">Closing date</legend>
        <Select idPrefix={idPrefix} name={`${CLOSING}.type`} label="Closing date type" options={TYPE_LABELS} />
        {closingType === 'rule_based' ? (
          <RuleFields idPrefix={idPrefix} name={`${CLOSING}.rule`} labelPrefix="Closing" />
        ) : (
          <DayInput idPrefix={idPrefix} name={`${CLOSING}.fixed_day`} label="Closing day" min={1} hint="1 to 27" />
        )}
      </fieldset>

      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="text-sm font-semibold text-slate-800">Due date</legend>
        <Select idPrefix={idPrefix} name={`${DUE}.type`} label="Due date type" options={TYPE_LABELS} />
        {dueType === 'rule_based' ? (
          <RuleFields idPrefix={idPrefix} name={`${DUE}.rule`} labelPrefix="Due" />
        ) : (
          <DayInput idPrefix={idPrefix} name={`${DUE}.fixed_day`} label="Due day" min={2} hint="2 to 27; a weekend or holiday moves to the next business day" />
        )}
        <NumberInput
          idPrefix={idPrefix}
          name={`${DUE}.offset_months`}
          label="Months after closing"
          min={0}
          max={MAX_OFFSET_MONTHS}
          hint={dueType === 'rule_based' ? 'At least 1 for a weekday rule' : '0 for the closing month'}
        />
      </fieldset>

      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="text-sm font-semibold text-slate-800">Payment</legend>
        <Select idPrefix={idPrefix} name={`${ROOT}.invoice_payment_type`} label="Invoice payment type" options={{ bank_slip: 'Bank slip' }} />
        {walletType === 'default' ? (
          <>
            <Select idPrefix={idPrefix} name={`${ROOT}.interest_base`} label="Interest base" options={{ calendar_days: 'Calendar days' }} />
            <PercentageInput idPrefix={idPrefix} name={`${ROOT}.monthly_interest_percentage`} label="Monthly interest (%)" />
            <PercentageInput idPrefix={idPrefix} name={`${ROOT}.fine_percentage`} label="Fine (%)" />
          </>
        ) : null}
      </fieldset>
    </fieldset>
  );
}

function RuleFields({ idPrefix, name, labelPrefix }: { idPrefix: string; name: string; labelPrefix: 'Closing' | 'Due' }) {
  return (
    <>
      <Select idPrefix={idPrefix} name={`${name}.day_of_week`} label={`${labelPrefix} weekday`} options={WEEKDAY_LABELS} />
      <Select idPrefix={idPrefix} name={`${name}.occurrence`} label={`${labelPrefix} occurrence`} options={OCCURRENCE_LABELS} />
      <Select
        idPrefix={idPrefix}
        name={`${name}.fallback_strategy`}
        label={`${labelPrefix} fallback`}
        options={FALLBACK_LABELS}
        hint="When the day is a weekend or banking holiday"
      />
    </>
  );
}

interface InputProps {
  idPrefix: string;
  name: string;
  label: string;
  hint?: string;
}

/** The field's id, its validation message and the aria attributes tying them together. */
function useFieldState(idPrefix: string, name: string) {
  const { formState } = useFormContext();
  const id = `${idPrefix}-${name.slice(ROOT.length + 1).replace(/[._]/g, '-')}`;
  const error = (get(formState.errors as FieldErrors, name) as { message?: string } | undefined)?.message;
  return { id, error, aria: { 'aria-invalid': !!error, 'aria-describedby': error ? `${id}-error` : undefined } };
}

function Select({ idPrefix, name, label, hint, options }: InputProps & { options: Record<string, string> }) {
  const { register } = useFormContext();
  const { id, error, aria } = useFieldState(idPrefix, name);
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

function NumberInput({ idPrefix, name, label, hint, min, max }: InputProps & { min: number; max: number }) {
  const { register } = useFormContext();
  const { id, error, aria } = useFieldState(idPrefix, name);
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <input id={id} type="number" inputMode="numeric" step={1} min={min} max={max} className={inputClass} {...aria} {...register(name, { valueAsNumber: true })} />
    </Field>
  );
}

function DayInput(props: InputProps & { min: number }) {
  return <NumberInput {...props} max={27} />;
}

/** Text, not type="number": the decimal text goes to the schema exactly as typed ("2.0"). */
function PercentageInput({ idPrefix, name, label }: InputProps) {
  const { register } = useFormContext();
  const { id, error, aria } = useFieldState(idPrefix, name);
  return (
    <Field id={id} label={label} error={error} hint="0 to 100, up to 4 decimal places">
      <input id={id} type="text" inputMode="decimal" autoComplete="off" className={inputClass} {...aria} {...register(name)} />
    </Field>
  );
}
