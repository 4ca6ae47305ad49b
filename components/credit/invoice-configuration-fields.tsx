'use client';

import { useTranslations } from 'next-intl';
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

/** Each choice labelled in the reader's language (`invoiceFields.<group>.<value>`). */
const labelled = <V extends string>(values: readonly V[], label: (value: V) => string) =>
  Object.fromEntries(values.map((value) => [value, label(value)])) as Record<V, string>;

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
  const t = useTranslations('invoiceFields');
  const typeLabels = { fixed: t('fixedType'), rule_based: t('ruleType') };
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
      <legend className="text-base font-semibold text-slate-900">{t('legend')}</legend>

      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="text-sm font-semibold text-slate-800">{t('closingDate')}</legend>
        <SelectField name={`${CLOSING}.type`} label={t('closingType')} options={typeLabels} />
        {closingType === 'rule_based' ? (
          <RuleFields name={`${CLOSING}.rule`} labelPrefix="Closing" />
        ) : (
          <NumberField name={`${CLOSING}.fixed_day`} label={t('closingDay')} min={1} max={27} hint={t('closingDayHint')} />
        )}
      </fieldset>

      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="text-sm font-semibold text-slate-800">{t('dueDate')}</legend>
        <SelectField name={`${DUE}.type`} label={t('dueType')} options={typeLabels} />
        {dueType === 'rule_based' ? (
          <RuleFields name={`${DUE}.rule`} labelPrefix="Due" />
        ) : (
          <NumberField name={`${DUE}.fixed_day`} label={t('dueDay')} min={2} max={27} hint={t('dueDayHint')} />
        )}
        <NumberField
            name={`${DUE}.offset_months`}
          label={t('offsetMonths')}
          min={0}
          max={MAX_OFFSET_MONTHS}
          hint={dueType === 'rule_based' ? t('offsetRuleHint') : t('offsetFixedHint')}
        />
      </fieldset>

      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="text-sm font-semibold text-slate-800">{t('payment')}</legend>
        <SelectField name={`${ROOT}.invoice_payment_type`} label={t('paymentType')} options={{ bank_slip: t('bankSlip') }} />
        {walletType === 'default' ? (
          <>
            <SelectField name={`${ROOT}.interest_base`} label={t('interestBase')} options={{ calendar_days: t('calendarDays') }} />
            <PercentageField name={`${ROOT}.monthly_interest_percentage`} label={t('monthlyInterest')} />
            <PercentageField name={`${ROOT}.fine_percentage`} label={t('fine')} />
          </>
        ) : null}
      </fieldset>
    </fieldset>
  );
}

function RuleFields({ name, labelPrefix }: { name: string; labelPrefix: 'Closing' | 'Due' }) {
  const t = useTranslations('invoiceFields');
  return (
    <>
      <SelectField name={`${name}.day_of_week`} label={t(`${labelPrefix}Weekday`)} options={labelled(DAYS_OF_WEEK, (day) => t(`weekday.${day}`))} />
      <SelectField name={`${name}.occurrence`} label={t(`${labelPrefix}Occurrence`)} options={labelled(OCCURRENCES, (occurrence) => t(`occurrence.${occurrence}`))} />
      <SelectField
        name={`${name}.fallback_strategy`}
        label={t(`${labelPrefix}Fallback`)}
        options={labelled(FALLBACK_STRATEGIES, (strategy) => t(`fallback.${strategy}`))}
        hint={t('fallbackHint')}
      />
    </>
  );
}

/** Text, not type="number": the decimal text goes to the schema exactly as typed ("2.0"). */
function PercentageField({ name, label }: { name: string; label: string }) {
  const t = useTranslations('invoiceFields');
  return <TextField name={name} label={label} inputMode="decimal" autoComplete="off" hint={t('percentageHint')} />;
}
