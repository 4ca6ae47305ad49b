import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDayNumber, toDayNumber } from '@/lib/banking-calendar';
import { dueDateFactor, dueDateFromFactor } from './factor';

describe('dueDateFactor', () => {
  it('counts from 1997-10-07 and restarts at 1000 on 2025-02-22', () => {
    expect(daysBetween('1997-10-07', '2000-07-03')).toBe(1000);
    expect(dueDateFactor('2000-07-03')).toBe('1000');
    expect(dueDateFactor('2000-07-04')).toBe('1001');
    expect(dueDateFactor('2018-07-15')).toBe('7586');
    expect(dueDateFactor('2025-02-20')).toBe('9998');
    expect(dueDateFactor('2025-02-21')).toBe('9999');
    expect(dueDateFactor('2025-02-22')).toBe('1000');
    expect(dueDateFactor('2025-02-23')).toBe('1001');
    expect(dueDateFactor('2026-03-25')).toBe('1396');
    // The second cycle ends 8999 days after it began, and the third begins at 1000 again.
    expect(dueDateFactor('2049-10-13')).toBe('9999');
    expect(dueDateFactor('2049-10-14')).toBe('1000');
  });

  it('refuses dates it cannot encode', () => {
    expect(() => dueDateFactor('2000-07-02')).toThrow(RangeError);
    expect(() => dueDateFactor('2025-02-30')).toThrow(RangeError);
    expect(() => dueDateFactor('22/02/2025')).toThrow(RangeError);
  });
});

describe('dueDateFromFactor', () => {
  it('picks the cycle nearest the reference date', () => {
    expect(dueDateFromFactor('9999', '2025-02-21')).toBe('2025-02-21');
    expect(dueDateFromFactor('9999', '2025-03-10')).toBe('2025-02-21');
    expect(dueDateFromFactor('1000', '2025-03-10')).toBe('2025-02-22');
    expect(dueDateFromFactor('1001', '2025-02-21')).toBe('2025-02-23');
    expect(dueDateFromFactor('1000', '2001-01-01')).toBe('2000-07-03');
    expect(dueDateFromFactor('1000', '1999-01-01')).toBe('2000-07-03');
    // @brazilian-utils' documented example: a 2018 Banco do Brasil slip read in 2025.
    expect(dueDateFromFactor('7586', '2025-06-15')).toBe('2018-07-15');
    // The same factor read in 2043 is a slip of the second cycle, 9000 days later.
    expect(daysBetween('2018-07-15', '2043-03-06')).toBe(9000);
    expect(dueDateFromFactor('7586', '2043-01-01')).toBe('2043-03-06');
  });

  it('answers null for a slip without a due date and refuses the rest', () => {
    expect(dueDateFromFactor('0000', '2026-01-01')).toBeNull();
    expect(() => dueDateFromFactor('0999', '2026-01-01')).toThrow(RangeError);
    expect(() => dueDateFromFactor('123', '2026-01-01')).toThrow(RangeError);
    expect(() => dueDateFromFactor('1000', 'today')).toThrow(RangeError);
  });

  it('reads back every due date from its factor, within 12 years of the reference', () => {
    const dates = fc.integer({ min: toDayNumber('2000-07-03'), max: toDayNumber('2075-12-31') }).map(fromDayNumber);
    fc.assert(
      fc.property(dates, fc.integer({ min: -4400, max: 4400 }), (date, offset) => {
        const factor = dueDateFactor(date);
        expect(factor).toMatch(/^[1-9]\d{3}$/);
        expect(dueDateFromFactor(factor, addDays(date, offset))).toBe(date);
      }),
    );
  });

  it('moves one factor per day, wrapping from 9999 to 1000', () => {
    const dates = fc.integer({ min: toDayNumber('2000-07-03'), max: toDayNumber('2075-12-31') }).map(fromDayNumber);
    fc.assert(
      fc.property(dates, (date) => {
        const today = Number(dueDateFactor(date));
        const tomorrow = Number(dueDateFactor(addDays(date, 1)));
        expect(tomorrow).toBe(today === 9999 ? 1000 : today + 1);
      }),
    );
  });
});
