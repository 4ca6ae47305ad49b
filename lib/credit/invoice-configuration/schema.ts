import { z } from 'zod';
import { isLosslessNumber } from '@/lib/http/json';
import { percentageSchema } from './percentage';

/**
 * The QI `invoice_configuration` wire shape (seeds 002 and 004), shared by the API routes, the
 * wizard's form and the OpenAPI document. Field names and enums are the provider's, verbatim.
 * Cross-field rules (CIN000063/64/65) are not here but in rules.ts, because they answer with their
 * own codes instead of the schema error.
 */
export const DAYS_OF_WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const OCCURRENCES = ['first', 'second', 'third', 'fourth', 'last'] as const;
export const FALLBACK_STRATEGIES = ['next_business_day', 'previous_business_day', 'same_day'] as const;
export const INVOICE_PAYMENT_TYPES = ['bank_slip'] as const;
export const INTEREST_BASES = ['calendar_days'] as const;

/** A due date at most a year after its closing: further is not a monthly credit invoice. */
export const MAX_OFFSET_MONTHS = 12;

/**
 * An integer field. Lossless JSON keeps `15.0` as its written text (lib/http/json), so it arrives as
 * a LosslessNumber rather than a number, and is told so instead of being told its range.
 */
function integer(message: string) {
  return z.int({ error: (issue) => (isLosslessNumber(issue.input) ? `Must be an integer, such as 15 (not 15.0): ${message.toLowerCase()}` : message) });
}

function dayOfMonth(min: number, max: number) {
  const message = `Enter a day from ${min} to ${max}`;
  return integer(message).min(min, message).max(max, message);
}

const offsetMonths = integer('Enter a whole number of months')
  .min(0, 'Must not be negative')
  .max(MAX_OFFSET_MONTHS, `Must be at most ${MAX_OFFSET_MONTHS}`);

export const dateRuleSchema = z.object({
  day_of_week: z.enum(DAYS_OF_WEEK, { error: 'Choose a day of the week' }),
  occurrence: z.enum(OCCURRENCES, { error: 'Choose an occurrence' }),
  fallback_strategy: z.enum(FALLBACK_STRATEGIES, { error: 'Choose a fallback strategy' }),
});

export const closingDateConfigurationSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('fixed'), fixed_day: dayOfMonth(1, 27) }),
    z.object({ type: z.literal('rule_based'), rule: dateRuleSchema }),
  ],
  { error: 'Choose fixed or rule_based' },
);

export const dueDateConfigurationSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('fixed'), fixed_day: dayOfMonth(2, 27), offset_months: offsetMonths }),
    z.object({ type: z.literal('rule_based'), offset_months: offsetMonths, rule: dateRuleSchema }),
  ],
  { error: 'Choose fixed or rule_based' },
);

/** The part of a configuration that decides the dates: what the date engine and the rules read. */
export const invoiceDateRulesSchema = z.object({
  closing_date_configuration: closingDateConfigurationSchema,
  due_date_configuration: dueDateConfigurationSchema,
});

const invoicePaymentType = z.enum(INVOICE_PAYMENT_TYPES, { error: 'Invoice payment type must be bank_slip' });

/** Default wallets: interest base and late-payment percentages are required. */
export const invoiceConfigurationSchema = invoiceDateRulesSchema.extend({
  invoice_payment_type: invoicePaymentType,
  interest_base: z.enum(INTEREST_BASES, { error: 'Interest base must be calendar_days' }),
  monthly_interest_percentage: percentageSchema,
  fine_percentage: percentageSchema,
});

/**
 * Payroll wallets have no interest base, interest or fine (seed 004 note). Those keys, if a client
 * sends them, are dropped like any unknown key rather than refused, so a form that hid them keeps
 * working; the wallet answers without them.
 */
export const payrollInvoiceConfigurationSchema = invoiceDateRulesSchema.extend({
  invoice_payment_type: invoicePaymentType,
});

export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];
export type Occurrence = (typeof OCCURRENCES)[number];
export type FallbackStrategy = (typeof FALLBACK_STRATEGIES)[number];
export type DateRule = z.output<typeof dateRuleSchema>;
export type ClosingDateConfiguration = z.output<typeof closingDateConfigurationSchema>;
export type DueDateConfiguration = z.output<typeof dueDateConfigurationSchema>;
export type InvoiceDateRules = z.output<typeof invoiceDateRulesSchema>;
export type InvoiceConfiguration = z.output<typeof invoiceConfigurationSchema>;
export type InvoiceConfigurationInput = z.input<typeof invoiceConfigurationSchema>;
export type PayrollInvoiceConfiguration = z.output<typeof payrollInvoiceConfigurationSchema>;
export type PayrollInvoiceConfigurationInput = z.input<typeof payrollInvoiceConfigurationSchema>;
