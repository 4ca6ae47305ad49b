import { describe, expect, it } from 'vitest';
import { isoDate } from '@/lib/banking-calendar';
import { invoiceDatesFor, nthWeekdayOfMonth, upcomingInvoiceDates, type DateRule, type InvoiceDateRules } from '.';

const rule = (
  day_of_week: DateRule['day_of_week'],
  occurrence: DateRule['occurrence'],
  fallback_strategy: DateRule['fallback_strategy'],
): DateRule => ({ day_of_week, occurrence, fallback_strategy });

/** A rule-based closing with a fixed due date late enough not to matter. */
const closingBy = (r: DateRule): InvoiceDateRules => ({
  closing_date_configuration: { type: 'rule_based', rule: r },
  due_date_configuration: { type: 'fixed', fixed_day: 10, offset_months: 1 },
});
/** A fixed closing on the 1st with a rule-based due date `offset_months` later. */
const dueBy = (r: DateRule, offset_months = 1): InvoiceDateRules => ({
  closing_date_configuration: { type: 'fixed', fixed_day: 1 },
  due_date_configuration: { type: 'rule_based', offset_months, rule: r },
});
const fixedDue = (fixed_day: number, offset_months = 0): InvoiceDateRules => ({
  closing_date_configuration: { type: 'fixed', fixed_day: 1 },
  due_date_configuration: { type: 'fixed', fixed_day, offset_months },
});

describe('nthWeekdayOfMonth', () => {
  it.each([
    [2026, 2, 'monday', 'third', '2026-02-16'],
    [2026, 4, 'friday', 'first', '2026-04-03'],
    [2026, 4, 'tuesday', 'third', '2026-04-21'],
    [2026, 12, 'friday', 'last', '2026-12-25'],
    [2026, 12, 'thursday', 'last', '2026-12-31'],
    [2026, 11, 'sunday', 'first', '2026-11-01'],
    [2026, 2, 'saturday', 'fourth', '2026-02-28'],
    [2026, 2, 'saturday', 'last', '2026-02-28'],
    [2026, 3, 'tuesday', 'fourth', '2026-03-24'],
    [2026, 3, 'tuesday', 'last', '2026-03-31'],
  ] as const)('%i-%i %s %s → %s', (year, month, day, occurrence, expected) => {
    expect(nthWeekdayOfMonth(year, month, day, occurrence)).toBe(expected);
  });
});

// Hand-checked against the 2026 calendar (Carnival 16–17 Feb, Good Friday 3 Apr, Tiradentes 21 Apr,
// Corpus Christi 4 Jun, 7 Sep, 12 Oct, 2 Nov, 20 Nov, 25 Dec): [rule, month, next, previous, same].
const AROUND_2026_HOLIDAYS = [
  [['monday', 'third'], 2, '2026-02-18', '2026-02-13', '2026-02-16'], // Carnival Monday
  [['tuesday', 'third'], 2, '2026-02-18', '2026-02-13', '2026-02-17'], // Carnival Tuesday
  [['friday', 'first'], 4, '2026-04-06', '2026-04-02', '2026-04-03'], // Good Friday
  [['tuesday', 'third'], 4, '2026-04-22', '2026-04-20', '2026-04-21'], // Tiradentes
  [['thursday', 'first'], 6, '2026-06-05', '2026-06-03', '2026-06-04'], // Corpus Christi
  [['monday', 'first'], 9, '2026-09-08', '2026-09-04', '2026-09-07'], // Independence
  [['monday', 'second'], 10, '2026-10-13', '2026-10-09', '2026-10-12'], // Aparecida
  [['monday', 'first'], 11, '2026-11-03', '2026-10-30', '2026-11-02'], // Finados: back into October
  [['sunday', 'first'], 11, '2026-11-03', '2026-10-30', '2026-11-01'], // a Sunday, before Finados
  [['friday', 'third'], 11, '2026-11-23', '2026-11-19', '2026-11-20'], // Consciência Negra
  [['friday', 'last'], 12, '2026-12-28', '2026-12-24', '2026-12-25'], // Christmas
  [['saturday', 'last'], 1, '2026-02-02', '2026-01-30', '2026-01-31'], // a Saturday: into February
  [['thursday', 'last'], 12, '2026-12-31', '2026-12-31', '2026-12-31'], // a business day stays
] as const;

describe('rule-based dates around the 2026 holidays', () => {
  it.each(AROUND_2026_HOLIDAYS)('%j of month %i', ([day, occurrence], month, next, previous, same) => {
    const closing = (fallback: DateRule['fallback_strategy']) =>
      invoiceDatesFor(closingBy(rule(day, occurrence, fallback)), 2026, month).closingDate;
    // The same rule as a due date one month after a closing in the previous month.
    const due = (fallback: DateRule['fallback_strategy']) =>
      invoiceDatesFor(dueBy(rule(day, occurrence, fallback)), month === 1 ? 2025 : 2026, month === 1 ? 12 : month - 1).dueDate;
    expect([closing('next_business_day'), closing('previous_business_day'), closing('same_day')]).toEqual([next, previous, same]);
    expect([due('next_business_day'), due('previous_business_day'), due('same_day')]).toEqual([next, previous, same]);
  });

  it('reports the date a fallback moved', () => {
    const dates = invoiceDatesFor(closingBy(rule('friday', 'first', 'next_business_day')), 2026, 4);
    expect(dates).toMatchObject({ year: 2026, month: 4, closingDate: '2026-04-06', closingMovedFrom: '2026-04-03' });
    expect(invoiceDatesFor(closingBy(rule('friday', 'first', 'same_day')), 2026, 4).closingMovedFrom).toBeNull();
  });
});

describe('fixed dates', () => {
  it.each([
    [16, 2, '2026-02-18'], // Carnival Monday → Ash Wednesday
    [3, 4, '2026-04-06'], // Good Friday → Monday
    [21, 4, '2026-04-22'], // Tiradentes
    [4, 6, '2026-06-05'], // Corpus Christi
    [7, 9, '2026-09-08'],
    [12, 10, '2026-10-13'],
    [2, 11, '2026-11-03'],
    [15, 11, '2026-11-16'], // a Sunday holiday
    [20, 11, '2026-11-23'], // Consciência Negra (Friday) → Monday
    [25, 12, '2026-12-28'],
    [10, 6, '2026-06-10'], // a business day stays
  ])('a due day %i in month %i is paid on %s', (day, month, expected) => {
    const dates = invoiceDatesFor(fixedDue(day), 2026, month);
    const named = isoDate(2026, month, day);
    expect(dates.dueDate).toBe(expected);
    expect(dates.dueMovedFrom).toBe(expected === named ? null : named);
  });

  it('keeps a fixed closing day even on a holiday or weekend', () => {
    const config: InvoiceDateRules = {
      closing_date_configuration: { type: 'fixed', fixed_day: 21 },
      due_date_configuration: { type: 'fixed', fixed_day: 5, offset_months: 1 },
    };
    expect(invoiceDatesFor(config, 2026, 4)).toMatchObject({ closingDate: '2026-04-21', closingMovedFrom: null, dueDate: '2026-05-05' });
    expect(invoiceDatesFor(config, 2026, 11).closingDate).toBe('2026-11-21'); // a Saturday
  });

  it('counts offset months across the year end', () => {
    const config: InvoiceDateRules = {
      closing_date_configuration: { type: 'fixed', fixed_day: 15 },
      due_date_configuration: { type: 'fixed', fixed_day: 10, offset_months: 1 },
    };
    expect(invoiceDatesFor(config, 2026, 12)).toMatchObject({ dueDate: '2027-01-11', dueMovedFrom: '2027-01-10' });
    expect(invoiceDatesFor({ ...config, due_date_configuration: { ...config.due_date_configuration, offset_months: 12 } }, 2026, 12).dueDate).toBe('2027-12-10');
  });
});

// 24 consecutive invoices of the provider's two examples, hand-checked: "closing due" per month.
const SEED_FIXED: InvoiceDateRules = {
  closing_date_configuration: { type: 'fixed', fixed_day: 15 },
  due_date_configuration: { type: 'fixed', fixed_day: 20, offset_months: 0 },
};
const SEED_FIXED_2026_2027 = `
  01-15 01-20  02-15 02-20  03-15 03-20  04-15 04-20  05-15 05-20  06-15 06-22  07-15 07-20  08-15 08-20
  09-15 09-21  10-15 10-20  11-15 11-23  12-15 12-21  01-15 01-20  02-15 02-22  03-15 03-22  04-15 04-20
  05-15 05-20  06-15 06-21  07-15 07-20  08-15 08-20  09-15 09-20  10-15 10-20  11-15 11-22  12-15 12-20`;
const LIST_EXAMPLE: InvoiceDateRules = {
  closing_date_configuration: { type: 'rule_based', rule: rule('friday', 'last', 'previous_business_day') },
  due_date_configuration: { type: 'rule_based', offset_months: 1, rule: rule('monday', 'first', 'next_business_day') },
};
const LIST_EXAMPLE_2026_2027 = `
  01-30 02-02  02-27 03-02  03-27 04-06  04-24 05-04  05-29 06-01  06-26 07-06  07-31 08-03  08-28 09-08
  09-25 10-05  10-30 11-03  11-27 12-07  12-24 01-04  01-29 02-01  02-26 03-01  03-25 04-05  04-30 05-03
  05-28 06-07  06-25 07-05  07-30 08-02  08-27 09-06  09-24 10-04  10-29 11-01  11-26 12-06  12-31 01-03`;

describe('24 months of the provider examples', () => {
  it.each([
    ['fixed 15 / fixed 20', SEED_FIXED, SEED_FIXED_2026_2027],
    ['last Friday / first Monday next month', LIST_EXAMPLE, LIST_EXAMPLE_2026_2027],
  ])('%s', (_, config, expected) => {
    const invoices = upcomingInvoiceDates(config, '2026-01-01', 24);
    expect(invoices.flatMap((i) => [i.closingDate.slice(5), i.dueDate.slice(5)])).toEqual(expected.trim().split(/\s+/));
    expect(invoices[0]).toMatchObject({ year: 2026, month: 1 });
    expect(invoices[23]).toMatchObject({ year: 2027, month: 12 });
  });
});

describe('upcomingInvoiceDates', () => {
  it('starts at the first closing on or after the given day', () => {
    expect(upcomingInvoiceDates(SEED_FIXED, '2026-03-15', 1)[0]?.closingDate).toBe('2026-03-15');
    expect(upcomingInvoiceDates(SEED_FIXED, '2026-03-16', 1)[0]?.closingDate).toBe('2026-04-15');
  });

  it("includes last month's invoice when a fallback carried its closing into this month", () => {
    const config = closingBy(rule('saturday', 'last', 'next_business_day'));
    const [first] = upcomingInvoiceDates(config, '2026-02-01', 1);
    expect(first).toMatchObject({ year: 2026, month: 1, closingDate: '2026-02-02', closingMovedFrom: '2026-01-31' });
  });

  it('refuses a negative or fractional count', () => {
    expect(() => upcomingInvoiceDates(SEED_FIXED, '2026-01-01', -1)).toThrow(RangeError);
    expect(() => upcomingInvoiceDates(SEED_FIXED, '2026-01-01', 1.5)).toThrow(RangeError);
    expect(upcomingInvoiceDates(SEED_FIXED, '2026-01-01', 0)).toEqual([]);
  });
});
