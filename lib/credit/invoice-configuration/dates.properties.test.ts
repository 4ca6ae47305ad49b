import Holidays from 'date-holidays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, daysInMonth, isBusinessDay, isoDate, weekdayOf, type IsoDate } from '@/lib/banking-calendar';
import {
  DAYS_OF_WEEK,
  FALLBACK_STRATEGIES,
  invoiceConfigurationProblem,
  invoiceDatesFor,
  MAX_OFFSET_MONTHS,
  OCCURRENCES,
  upcomingInvoiceDates,
  type ClosingDateConfiguration,
  type DateRule,
  type DueDateConfiguration,
  type InvoiceDateRules,
} from '.';

/**
 * A second, naive implementation of the date rules, on date-holidays' calendar rather than ours:
 * list the month's days, pick the nth/last matching weekday, walk day by day to a business day.
 */
const oracle = new Holidays('BR', { types: ['public', 'bank'] });
const oracleHolidays = new Map<number, Set<string>>();
function oracleBusinessDay(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  if (!oracleHolidays.has(year)) oracleHolidays.set(year, new Set(oracle.getHolidays(year).map((h) => h.date.slice(0, 10))));
  const weekday = weekdayOf(date);
  return weekday !== 0 && weekday !== 6 && !oracleHolidays.get(year)!.has(date);
}
function naiveRuleDate(rule: DateRule, year: number, month: number): IsoDate {
  const target = DAYS_OF_WEEK.indexOf(rule.day_of_week); // monday = 0 … sunday = 6
  const matching = Array.from({ length: daysInMonth(year, month) }, (_, i) => isoDate(year, month, i + 1)).filter(
    (d) => (weekdayOf(d) + 6) % 7 === target,
  );
  const named = rule.occurrence === 'last' ? matching.at(-1)! : matching[OCCURRENCES.indexOf(rule.occurrence)]!;
  if (rule.fallback_strategy === 'same_day') return named;
  const step = rule.fallback_strategy === 'next_business_day' ? 1 : -1;
  let date = named;
  while (!oracleBusinessDay(date)) date = addDays(date, step);
  return date;
}
function naiveClosing(config: ClosingDateConfiguration, year: number, month: number): IsoDate {
  return config.type === 'fixed' ? isoDate(year, month, config.fixed_day) : naiveRuleDate(config.rule, year, month);
}
function naiveDue(config: DueDateConfiguration, year: number, month: number): IsoDate {
  const due = addMonths(year, month, config.offset_months);
  if (config.type === 'rule_based') return naiveRuleDate(config.rule, due.year, due.month);
  let date = isoDate(due.year, due.month, config.fixed_day);
  while (!oracleBusinessDay(date)) date = addDays(date, 1);
  return date;
}

const RULES: DateRule[] = DAYS_OF_WEEK.flatMap((day_of_week) =>
  OCCURRENCES.flatMap((occurrence) =>
    FALLBACK_STRATEGIES.map((fallback_strategy) => ({ day_of_week, occurrence, fallback_strategy })),
  ),
);
const CLOSINGS: ClosingDateConfiguration[] = [
  ...Array.from({ length: 27 }, (_, i) => ({ type: 'fixed' as const, fixed_day: i + 1 })),
  ...RULES.map((rule) => ({ type: 'rule_based' as const, rule })),
];
const DUES: DueDateConfiguration[] = [
  ...Array.from({ length: 26 }, (_, i) => ({ type: 'fixed' as const, fixed_day: i + 2, offset_months: i % 3 })),
  ...RULES.map((rule, i) => ({ type: 'rule_based' as const, offset_months: 1 + (i % 3), rule })),
];
// 30 consecutive months from July 2025 to December 2027, across every 2026 holiday.
const CYCLES = Array.from({ length: 30 }, (_, i) => addMonths(2025, 7, i));

describe('every configuration type and fallback, 30 consecutive months, against a naive oracle', () => {
  const anyDue: DueDateConfiguration = { type: 'fixed', fixed_day: 27, offset_months: 1 };
  const anyClosing: ClosingDateConfiguration = { type: 'fixed', fixed_day: 1 };

  it.each(CLOSINGS.map((c) => [JSON.stringify(c), c] as const))('closing %s', (_, closing) => {
    for (const { year, month } of CYCLES) {
      const dates = invoiceDatesFor({ closing_date_configuration: closing, due_date_configuration: anyDue }, year, month);
      expect(dates.closingDate, `${year}-${month}`).toBe(naiveClosing(closing, year, month));
    }
  });

  it.each(DUES.map((d) => [JSON.stringify(d), d] as const))('due %s', (_, due) => {
    for (const { year, month } of CYCLES) {
      const dates = invoiceDatesFor({ closing_date_configuration: anyClosing, due_date_configuration: due }, year, month);
      expect(dates.dueDate, `${year}-${month}`).toBe(naiveDue(due, year, month));
    }
  });
});

const ruleArb = fc.record({
  day_of_week: fc.constantFrom(...DAYS_OF_WEEK),
  occurrence: fc.constantFrom(...OCCURRENCES),
  fallback_strategy: fc.constantFrom(...FALLBACK_STRATEGIES),
});
const configArb: fc.Arbitrary<InvoiceDateRules> = fc.record({
  closing_date_configuration: fc.oneof(
    fc.record({ type: fc.constant('fixed' as const), fixed_day: fc.integer({ min: 1, max: 27 }) }),
    fc.record({ type: fc.constant('rule_based' as const), rule: ruleArb }),
  ),
  due_date_configuration: fc.oneof(
    fc.record({
      type: fc.constant('fixed' as const),
      fixed_day: fc.integer({ min: 2, max: 27 }),
      offset_months: fc.integer({ min: 0, max: MAX_OFFSET_MONTHS }),
    }),
    fc.record({
      type: fc.constant('rule_based' as const),
      offset_months: fc.integer({ min: 0, max: MAX_OFFSET_MONTHS }),
      rule: ruleArb,
    }),
  ),
});
const fromArb = fc
  .record({ year: fc.integer({ min: 1990, max: 2090 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => isoDate(year, month, day));

describe('date engine properties', () => {
  it('gives business days unless the configuration keeps the date, in strictly increasing months', () => {
    fc.assert(
      fc.property(configArb, fromArb, (config, from) => {
        const closing = config.closing_date_configuration;
        const due = config.due_date_configuration;
        const invoices = upcomingInvoiceDates(config, from, 24);
        invoices.forEach((invoice, i) => {
          if (closing.type === 'rule_based' && closing.rule.fallback_strategy !== 'same_day') {
            expect(isBusinessDay(invoice.closingDate)).toBe(true);
          }
          if (due.type === 'fixed' || due.rule.fallback_strategy !== 'same_day') expect(isBusinessDay(invoice.dueDate)).toBe(true);
          // The named dates sit in the cycle's month and `offset_months` later; moves are off non-business days only.
          const dueMonth = addMonths(invoice.year, invoice.month, due.offset_months);
          expect((invoice.closingMovedFrom ?? invoice.closingDate).slice(0, 7)).toBe(isoDate(invoice.year, invoice.month, 1).slice(0, 7));
          expect((invoice.dueMovedFrom ?? invoice.dueDate).slice(0, 7)).toBe(isoDate(dueMonth.year, dueMonth.month, 1).slice(0, 7));
          for (const movedFrom of [invoice.closingMovedFrom, invoice.dueMovedFrom]) {
            if (movedFrom) expect(isBusinessDay(movedFrom)).toBe(false);
          }
          expect(invoice.closingDate >= from).toBe(true);
          const previous = invoices[i - 1];
          if (previous) {
            expect(addMonths(previous.year, previous.month, 1)).toEqual({ year: invoice.year, month: invoice.month });
            expect(invoice.closingDate > previous.closingDate).toBe(true);
            expect(invoice.dueDate > previous.dueDate).toBe(true);
          }
        });
        // No earlier cycle closes on or after `from`.
        const first = invoices[0]!;
        const before = addMonths(first.year, first.month, -1);
        expect(invoiceDatesFor(config, before.year, before.month).closingDate < from).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('falls due at least 2 days after closing whenever the rules pass', () => {
    let passed = 0;
    fc.assert(
      fc.property(configArb, fromArb, (config, from) => {
        if (invoiceConfigurationProblem(config, { from })) return;
        passed++;
        for (const invoice of upcomingInvoiceDates(config, from, 24)) {
          expect(daysBetween(invoice.closingDate, invoice.dueDate)).toBeGreaterThanOrEqual(2);
        }
      }),
      { numRuns: 500 },
    );
    expect(passed).toBeGreaterThan(50);
  });
});
