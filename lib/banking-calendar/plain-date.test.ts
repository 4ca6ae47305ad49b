import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, dateParts, daysBetween, daysInMonth, fromDayNumber, isIsoDate, isoDate, todayInBrazil, toDayNumber, weekdayOf } from '.';

describe('plain dates', () => {
  it('validates calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate('2026-01-01T00:00:00Z')).toBe(false);
    expect(() => dateParts('2026-04-31')).toThrow(RangeError);
    expect(() => isoDate(2026, 2, 29)).toThrow(RangeError);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('knows weekdays', () => {
    expect(weekdayOf('2026-02-16')).toBe(1); // Carnival Monday
    expect(weekdayOf('2026-04-03')).toBe(5); // Good Friday
    expect(weekdayOf('1970-01-01')).toBe(4);
  });

  it('adds months across years', () => {
    expect(addMonths(2026, 11, 3)).toEqual({ year: 2027, month: 2 });
    expect(addMonths(2026, 1, -1)).toEqual({ year: 2025, month: 12 });
    expect(addMonths(2026, 12, 12)).toEqual({ year: 2027, month: 12 });
  });

  it('round-trips day numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 100_000 }), (n) => toDayNumber(fromDayNumber(n)) === n),
    );
  });

  it('reads today in Brasília time', () => {
    expect(todayInBrazil(new Date('2026-01-01T02:59:00Z'))).toBe('2025-12-31');
    expect(todayInBrazil(new Date('2026-01-01T03:00:00Z'))).toBe('2026-01-01');
  });

  describe('in any process time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });
    it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Sao_Paulo'])('gives the same days in %s', (zone) => {
      process.env.TZ = zone;
      expect(addDays('2026-10-31', 1)).toBe('2026-11-01');
      expect(weekdayOf('2026-11-20')).toBe(5);
      expect(todayInBrazil(new Date('2026-06-15T12:00:00Z'))).toBe('2026-06-15');
    });
  });
});
