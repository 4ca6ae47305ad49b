import Holidays from 'date-holidays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, holidaysOf, isBusinessDay, nextBusinessDay, previousBusinessDay, toDayNumber, weekdayOf } from '.';

/**
 * date-holidays is the independent oracle (DESIGN §6: types public + bank). The one deliberate
 * difference: it lists election days ("Dia de Eleição", first and last Sunday of October in even
 * years) as public holidays. Brazilian elections are held on Sundays by law (Constitution art. 77),
 * so they never change whether a day is a business day and our calendar does not list them; the
 * test checks they are Sundays instead of ignoring them blindly.
 */
const oracle = new Holidays('BR', { types: ['public', 'bank'] });
const ELECTION_DAY = 'Dia de Eleição';

function oracleHolidays(year: number) {
  return oracle.getHolidays(year).map((h) => ({ date: h.date.slice(0, 10), name: h.name }));
}

describe('the banking calendar against date-holidays', () => {
  it('lists the same holidays every year from 1950 to 2150', () => {
    for (let year = 1950; year <= 2150; year++) {
      const theirs = oracleHolidays(year);
      for (const election of theirs.filter((h) => h.name === ELECTION_DAY)) {
        expect(weekdayOf(election.date), `${election.date} election`).toBe(0);
      }
      const expected = theirs.filter((h) => h.name !== ELECTION_DAY).map((h) => h.date);
      expect(holidaysOf(year).map((h) => h.date), String(year)).toEqual(expected);
    }
  });

  it('agrees on every day being a business day or not, 2000–2060', () => {
    const theirHolidays = new Set<string>();
    for (let year = 2000; year <= 2060; year++) oracleHolidays(year).forEach((h) => theirHolidays.add(h.date));
    const start = toDayNumber('2000-01-01');
    const end = toDayNumber('2060-12-31');
    for (let n = start; n <= end; n++) {
      const date = fromDayNumber(n);
      const weekday = weekdayOf(date);
      const theirs = weekday !== 0 && weekday !== 6 && !theirHolidays.has(date);
      if (isBusinessDay(date) !== theirs) expect.fail(`${date}: ours ${isBusinessDay(date)}, date-holidays ${theirs}`);
    }
  });
});

describe('next and previous business days', () => {
  const anyDate = fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2100-12-31') }).map(fromDayNumber);

  it('land on the nearest business day strictly after or before', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const next = nextBusinessDay(date);
        const previous = previousBusinessDay(date);
        expect(isBusinessDay(next) && isBusinessDay(previous)).toBe(true);
        for (let d = addDays(date, 1); d < next; d = addDays(d, 1)) expect(isBusinessDay(d)).toBe(false);
        for (let d = addDays(date, -1); d > previous; d = addDays(d, -1)) expect(isBusinessDay(d)).toBe(false);
        // Longest run of non-business days: Saturday, Sunday, Carnival Monday and Tuesday.
        expect(toDayNumber(next) - toDayNumber(date)).toBeLessThanOrEqual(5);
        expect(toDayNumber(date) - toDayNumber(previous)).toBeLessThanOrEqual(5);
      }),
      { numRuns: 2000 },
    );
  });
});
