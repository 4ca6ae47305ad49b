'use client';

import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { DAYS_OF_WEEK, FALLBACK_STRATEGIES, MAX_OFFSET_MONTHS, OCCURRENCES } from '@/lib/credit/invoice-configuration';
import { NumberField, SelectField, TextField } from './form-fields';

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

export function InvoiceConfigurationFields({ walletType }: { walletType: 'default' | 'payroll' }) {
  const { control, getValues, setValue } = useFormContext();
  const closingType = useWatch({ control, name: `${CLOSING}.type` });
  const dueType = useWatch({ control, name: `${DUE}.type` });
  // A weekday on either side cannot share a month with the other date: a weekday due date needs a
  // month after its closing (CIN000064), and a last-Friday closing lands after a fixed day 20 of its
  // month (CIN000063). Choosing one moves a same-month offset to 1, so the defaults stay valid.
  useEffect(() => {
    const weekday = dueType === 'rule_based' || closingType === 'rule_based';
    if (weekday && Number(getValues(`${DUE}.offset_months`)) < 1) setValue(`${DUE}.offset_months`, 1, { shouldValidate: true });
  }, [closingType, dueType, getValues, setValue]);

  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="text-base font-semibold text-slate-900">Invoice configuration</legend>

      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="text-sm font-semibold text-slate-800">Closing date</legend>
        <SelectField name={`${CLOSING}.type`} label="Closing date type" options={TYPE_LABELS} />
        {closingType === 'rule_based' ? (
          <RuleFields name={`${CLOSING}.rule`} labelPrefix="Closing" />
        ) : (
          <NumberField name={`${CLOSING}.fixed_day`} label="Closing day" min={1} max={27} hint="1 to 27" />
        )}
      </fieldset>

      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="text-sm font-semibold text-slate-800">Due date</legend>
        <SelectField name={`${DUE}.type`} label="Due date type" options={TYPE_LABELS} />
        {dueType === 'rule_based' ? (
          <RuleFields name={`${DUE}.rule`} labelPrefix="Due" />
        ) : (
          <NumberField name={`${DUE}.fixed_day`} label="Due day" min={2} max={27} hint="2 to 27; a weekend or holiday moves to the next business day" />
        )}
        <NumberField
            name={`${DUE}.offset_months`}
          label="Months after closing"
          min={0}
          max={MAX_OFFSET_MONTHS}
          hint={dueType === 'rule_based' ? 'At least 1 for a weekday rule' : '0 for the closing month'}
        />
      </fieldset>

      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="text-sm font-semibold text-slate-800">Payment</legend>
        <SelectField name={`${ROOT}.invoice_payment_type`} label="Invoice payment type" options={{ bank_slip: 'Bank slip' }} />
        {walletType === 'default' ? (
          <>
            <SelectField name={`${ROOT}.interest_base`} label="Interest base" options={{ calendar_days: 'Calendar days' }} />
            <PercentageField name={`${ROOT}.monthly_interest_percentage`} label="Monthly interest (%)" />
            <PercentageField name={`${ROOT}.fine_percentage`} label="Fine (%)" />
          </>
        ) : null}
      </fieldset>
    </fieldset>
  );
}

function RuleFields({ name, labelPrefix }: { name: string; labelPrefix: 'Closing' | 'Due' }) {
  return (
    <>
      <SelectField name={`${name}.day_of_week`} label={`${labelPrefix} weekday`} options={WEEKDAY_LABELS} />
      <SelectField name={`${name}.occurrence`} label={`${labelPrefix} occurrence`} options={OCCURRENCE_LABELS} />
      <SelectField
        name={`${name}.fallback_strategy`}
        label={`${labelPrefix} fallback`}
        options={FALLBACK_LABELS}
        hint="When the day is a weekend or banking holiday"
      />
    </>
  );
}

/** Text, not type="number": the decimal text goes to the schema exactly as typed ("2.0"). */
function PercentageField({ name, label }: { name: string; label: string }) {
  return <TextField name={name} label={label} inputMode="decimal" autoComplete="off" hint="0 to 100, up to 4 decimal places" />;
}
