import { dateParts, daysBetween, type IsoDate } from '@/lib/banking-calendar';
import type { AppError } from '@/lib/errors/app-error';
import { upcomingInvoiceDates, weekdayNumber } from './dates';
import { invoiceConfigurationErrors } from './errors';
import type { InvoiceDateRules } from './schema';

/**
 * The cross-field rules of seed 002 on a schema-valid configuration, checked in this order:
 *
 * 1. CIN000064: a `rule_based` due date needs `offset_months` ≥ 1. In the closing month a weekday
 *    rule cannot guarantee falling after the closing. (Negative or above 12 months is a schema
 *    error for either type; a fixed due date may use 0.) Applies whatever the closing type is.
 * 2. CIN000065: when both dates are `rule_based`, their weekdays must have at least one day between
 *    them on the weekly circle ("closing on Monday and due date on Wednesday"): Monday/Wednesday and
 *    Friday/Monday pass; the same weekday or neighbours (Sunday/Monday too) do not. Mixed fixed and
 *    rule_based configurations have one weekday at most, so this rule does not apply to them.
 * 3. CIN000063, "due date at least 2 days after closing", on the configured days: fixed closing and
 *    fixed due in the same month (`offset_months` 0) need `due.fixed_day - closing.fixed_day ≥ 2`,
 *    whatever the calendar does in a given month.
 * 4. CIN000063 on the dates the engine produces, for every configuration: every invoice closing
 *    from RULE_CHECK_FROM through the end of RULE_CHECK_HORIZON_YEAR must fall due at least 2
 *    calendar days after it closes. Fallback moves bring dates together only in some years (a
 *    last-Friday closing moved forward off Good Friday onto the first Monday of April: 2029, then
 *    2040), so the verdict must not depend on the day it is asked: a fixed window makes it a
 *    property of the configuration, and a wallet accepted today never produces a too-close due date
 *    in 2040. The error's details name the first offending invoice.
 */
export const MIN_DAYS_FROM_CLOSING_TO_DUE = 2;
export const RULE_CHECK_FROM: IsoDate = '2025-01-01';
export const RULE_CHECK_HORIZON_YEAR = 2100;

export interface RuleCheckOptions {
  /** The first day whose invoices are checked; RULE_CHECK_FROM unless a test narrows it. */
  from?: IsoDate;
}

/** The first broken rule as its AppError, or null when the configuration passes every rule. */
export function invoiceConfigurationProblem(config: InvoiceDateRules, options: RuleCheckOptions = {}): AppError | null {
  const closing = config.closing_date_configuration;
  const due = config.due_date_configuration;

  if (due.type === 'rule_based' && due.offset_months < 1) return invoiceConfigurationErrors.invalidOffsetMonths();

  if (closing.type === 'rule_based' && due.type === 'rule_based') {
    const apart = (weekdayNumber(due.rule.day_of_week) - weekdayNumber(closing.rule.day_of_week) + 7) % 7;
    if (Math.min(apart, 7 - apart) < 2) return invoiceConfigurationErrors.weekdaysTooClose();
  }

  if (
    closing.type === 'fixed' &&
    due.type === 'fixed' &&
    due.offset_months === 0 &&
    due.fixed_day - closing.fixed_day < MIN_DAYS_FROM_CLOSING_TO_DUE
  ) {
    return invoiceConfigurationErrors.dueDateTooClose('fixed_day');
  }

  const from = options.from ?? RULE_CHECK_FROM;
  const tooClose = upcomingInvoiceDates(config, from, cyclesThroughHorizon(from)).find(
    (invoice) => daysBetween(invoice.closingDate, invoice.dueDate) < MIN_DAYS_FROM_CLOSING_TO_DUE,
  );
  if (tooClose) {
    return invoiceConfigurationErrors.dueDateTooClose(due.type === 'fixed' ? 'fixed_day' : 'rule.day_of_week', {
      closing_date: tooClose.closingDate,
      due_date: tooClose.dueDate,
    });
  }
  return null;
}

/** How many monthly cycles close from `from`'s month through December of the horizon year. */
function cyclesThroughHorizon(from: IsoDate): number {
  const { year, month } = dateParts(from);
  return (RULE_CHECK_HORIZON_YEAR - year) * 12 + (12 - month) + 1;
}

/** Throws the first broken rule's AppError (CIN000063/64/65); see invoiceConfigurationProblem. */
export function assertInvoiceConfiguration(config: InvoiceDateRules, options: RuleCheckOptions = {}): void {
  const problem = invoiceConfigurationProblem(config, options);
  if (problem) throw problem;
}
