export {
  closingDateConfigurationSchema,
  dateRuleSchema,
  DAYS_OF_WEEK,
  dueDateConfigurationSchema,
  FALLBACK_STRATEGIES,
  INTEREST_BASES,
  INVOICE_PAYMENT_TYPES,
  invoiceConfigurationSchema,
  invoiceDateRulesSchema,
  MAX_OFFSET_MONTHS,
  OCCURRENCES,
  payrollInvoiceConfigurationSchema,
  type ClosingDateConfiguration,
  type DateRule,
  type DayOfWeek,
  type DueDateConfiguration,
  type FallbackStrategy,
  type InvoiceConfiguration,
  type InvoiceConfigurationInput,
  type InvoiceDateRules,
  type Occurrence,
  type PayrollInvoiceConfiguration,
  type PayrollInvoiceConfigurationInput,
} from './schema';
export { percentageJson, percentageScaled, percentageSchema, PERCENTAGE_DIGITS, type PercentageText } from './percentage';
export { toWire, type InvoiceConfigurationWire } from './wire';
export { invoiceConfigurationErrors } from './errors';
export {
  assertInvoiceConfiguration,
  invoiceConfigurationProblem,
  MIN_DAYS_FROM_CLOSING_TO_DUE,
  RULE_CHECK_FROM,
  RULE_CHECK_HORIZON_YEAR,
  type RuleCheckOptions,
} from './rules';
export { invoiceDatesFor, nthWeekdayOfMonth, upcomingInvoiceDates, type InvoiceDates } from './dates';
