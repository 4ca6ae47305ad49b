import {
  addMonths,
  dateParts,
  daysInMonth,
  isBusinessDay,
  isoDate,
  nextBusinessDay,
  previousBusinessDay,
  weekdayOf,
  type IsoDate,
  type Weekday,
} from '@/lib/banking-calendar';
import type { ClosingDateConfiguration, DateRule, DayOfWeek, DueDateConfiguration, InvoiceDateRules, Occurrence } from './schema';

/**
 * The date engine: where an invoice of a given month closes and falls due on the Brazilian
 * banking calendar.
 *
 * - The cycle of month M closes in M and falls due in M + `offset_months`.
 * - `rule_based` dates are the nth (first…fourth) or last `day_of_week` of their month; when that
 *   is not a business day, `fallback_strategy` moves it to the next or previous business day, or
 *   keeps it (`same_day`). A moved date may cross into the neighbouring month; it still belongs to
 *   its cycle.
 * - `fixed` configurations have no fallback field (QI). A fixed *closing* day is kept as is: closing
 *   is the cut-off of the purchases an invoice gathers and needs no bank to be open. A fixed *due*
 *   day on a weekend or holiday moves to the next business day, as a Brazilian bank slip due on a
 *   non-business day is payable without charges on the next one.
 */
export interface InvoiceDates {
  /** The cycle: the month the invoice closes in by its configuration (before any fallback move). */
  year: number;
  month: number;
  closingDate: IsoDate;
  dueDate: IsoDate;
  /** The date the configuration named when a non-business day moved it; null when it stayed. */
  closingMovedFrom: IsoDate | null;
  dueMovedFrom: IsoDate | null;
}

const WEEKDAY_NUMBER: Record<DayOfWeek, Weekday> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

const OCCURRENCE_INDEX: Record<Exclude<Occurrence, 'last'>, number> = { first: 0, second: 1, third: 2, fourth: 3 };

export function weekdayNumber(dayOfWeek: DayOfWeek): Weekday {
  return WEEKDAY_NUMBER[dayOfWeek];
}

/** The nth or last `dayOfWeek` of a month; every month has at least four of each weekday. */
export function nthWeekdayOfMonth(year: number, month: number, dayOfWeek: DayOfWeek, occurrence: Occurrence): IsoDate {
  const target = WEEKDAY_NUMBER[dayOfWeek];
  if (occurrence === 'last') {
    const lastDay = daysInMonth(year, month);
    const lastWeekday = weekdayOf(isoDate(year, month, lastDay));
    return isoDate(year, month, lastDay - ((lastWeekday - target + 7) % 7));
  }
  const firstWeekday = weekdayOf(isoDate(year, month, 1));
  const firstDay = 1 + ((target - firstWeekday + 7) % 7);
  return isoDate(year, month, firstDay + 7 * OCCURRENCE_INDEX[occurrence]);
}

interface Resolved {
  date: IsoDate;
  movedFrom: IsoDate | null;
}

function byRule(rule: DateRule, year: number, month: number): Resolved {
  const named = nthWeekdayOfMonth(year, month, rule.day_of_week, rule.occurrence);
  if (rule.fallback_strategy === 'same_day' || isBusinessDay(named)) return { date: named, movedFrom: null };
  const moved = rule.fallback_strategy === 'next_business_day' ? nextBusinessDay(named) : previousBusinessDay(named);
  return { date: moved, movedFrom: named };
}

function closingOf(config: ClosingDateConfiguration, year: number, month: number): Resolved {
  if (config.type === 'rule_based') return byRule(config.rule, year, month);
  return { date: isoDate(year, month, config.fixed_day), movedFrom: null };
}

function dueOf(config: DueDateConfiguration, closingYear: number, closingMonth: number): Resolved {
  const { year, month } = addMonths(closingYear, closingMonth, config.offset_months);
  if (config.type === 'rule_based') return byRule(config.rule, year, month);
  const named = isoDate(year, month, config.fixed_day);
  return isBusinessDay(named) ? { date: named, movedFrom: null } : { date: nextBusinessDay(named), movedFrom: named };
}

/** The closing and due dates of the invoice that closes in `month` (1–12) of `year`. */
export function invoiceDatesFor(config: InvoiceDateRules, year: number, month: number): InvoiceDates {
  const closing = closingOf(config.closing_date_configuration, year, month);
  const due = dueOf(config.due_date_configuration, year, month);
  return {
    year,
    month,
    closingDate: closing.date,
    dueDate: due.date,
    closingMovedFrom: closing.movedFrom,
    dueMovedFrom: due.movedFrom,
  };
}

/** The next `count` invoices, in order, whose closing date is on or after `fromDate`. */
export function upcomingInvoiceDates(config: InvoiceDateRules, fromDate: IsoDate, count: number): InvoiceDates[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  const from = dateParts(fromDate);
  // Start a month early: a next_business_day fallback can carry last month's closing into this one.
  let cycle = addMonths(from.year, from.month, -1);
  const invoices: InvoiceDates[] = [];
  while (invoices.length < count) {
    const dates = invoiceDatesFor(config, cycle.year, cycle.month);
    if (dates.closingDate >= fromDate) invoices.push(dates);
    cycle = addMonths(cycle.year, cycle.month, 1);
  }
  return invoices;
}
