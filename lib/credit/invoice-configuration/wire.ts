import type { LosslessNumber } from 'lossless-json';
import { percentageJson } from './percentage';
import type {
  ClosingDateConfiguration,
  DateRule,
  DueDateConfiguration,
  InvoiceConfiguration,
  PayrollInvoiceConfiguration,
} from './schema';

/**
 * The parsed configuration keeps percentages as decimal text (exact, and stored that way); the
 * wire answers them as JSON numbers with the same digits (`2.0`). Keys are rebuilt in the seed's
 * order so `GET /wallet/{key}` reads like the provider's. Serialize the result with stringifyJson.
 */
export type InvoiceConfigurationWire = Omit<
  InvoiceConfiguration,
  'monthly_interest_percentage' | 'fine_percentage'
> & { monthly_interest_percentage: LosslessNumber; fine_percentage: LosslessNumber };

export function toWire(config: InvoiceConfiguration): InvoiceConfigurationWire;
export function toWire(config: PayrollInvoiceConfiguration): PayrollInvoiceConfiguration;
export function toWire(
  config: InvoiceConfiguration | PayrollInvoiceConfiguration,
): InvoiceConfigurationWire | PayrollInvoiceConfiguration {
  const dates = {
    closing_date_configuration: closingWire(config.closing_date_configuration),
    due_date_configuration: dueWire(config.due_date_configuration),
    invoice_payment_type: config.invoice_payment_type,
  };
  if (!('monthly_interest_percentage' in config)) return dates;
  return {
    ...dates,
    interest_base: config.interest_base,
    monthly_interest_percentage: percentageJson(config.monthly_interest_percentage),
    fine_percentage: percentageJson(config.fine_percentage),
  };
}

function closingWire(config: ClosingDateConfiguration): ClosingDateConfiguration {
  return config.type === 'fixed'
    ? { type: 'fixed', fixed_day: config.fixed_day }
    : { type: 'rule_based', rule: ruleWire(config.rule) };
}

function dueWire(config: DueDateConfiguration): DueDateConfiguration {
  return config.type === 'fixed'
    ? { type: 'fixed', fixed_day: config.fixed_day, offset_months: config.offset_months }
    : { type: 'rule_based', offset_months: config.offset_months, rule: ruleWire(config.rule) };
}

function ruleWire(rule: DateRule): DateRule {
  return { day_of_week: rule.day_of_week, occurrence: rule.occurrence, fallback_strategy: rule.fallback_strategy };
}
