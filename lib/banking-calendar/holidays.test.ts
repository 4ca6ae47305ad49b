import { describe, expect, it } from 'vitest';
import { easterSunday, holidayOn, holidaysOf, isBusinessDay, nextBusinessDay, nonBusinessReason, previousBusinessDay } from '.';

const FIXED = (year: number, negra: boolean) => [
  `${year}-01-01`,
  `${year}-04-21`,
  `${year}-05-01`,
  `${year}-09-07`,
  `${year}-10-12`,
  `${year}-11-02`,
  `${year}-11-15`,
  ...(negra ? [`${year}-11-20`] : []),
  `${year}-12-25`,
];

describe('easterSunday', () => {
  it.each([
    [2000, '2000-04-23'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'], // latest possible date
    [2285, '2285-03-22'], // earliest possible date
  ])('%i → %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('holidaysOf', () => {
  // Pinned from the published ANBIMA national calendars.
  it.each([
    [2023, ['2023-02-20', '2023-02-21', '2023-04-07', '2023-06-08'], false],
    [2024, ['2024-02-12', '2024-02-13', '2024-03-29', '2024-05-30'], true],
    [2025, ['2025-03-03', '2025-03-04', '2025-04-18', '2025-06-19'], true],
    [2026, ['2026-02-16', '2026-02-17', '2026-04-03', '2026-06-04'], true],
    [2027, ['2027-02-08', '2027-02-09', '2027-03-26', '2027-05-27'], true],
  ])('%i: Carnival Monday and Tuesday, Good Friday, Corpus Christi and the fixed holidays', (year, movable, negra) => {
    const expected = [...FIXED(year, negra), ...movable].sort();
    expect(holidaysOf(year).map((h) => h.date)).toEqual(expected);
  });

  it('names each holiday in English and Portuguese', () => {
    expect(holidayOn('2026-04-03')).toEqual({ date: '2026-04-03', name: 'Good Friday', localName: 'Sexta-feira Santa' });
    expect(holidayOn('2026-11-20')?.localName).toBe('Dia Nacional de Zumbi e da Consciência Negra');
    expect(holidayOn('2023-11-20')).toBeUndefined();
    expect(holidayOn('2026-02-18')).toBeUndefined(); // Ash Wednesday: banks open at noon
  });
});

describe('business days in 2026', () => {
  it.each([
    ['2026-02-13', true],
    ['2026-02-16', false],
    ['2026-02-17', false],
    ['2026-02-18', true],
    ['2026-04-03', false],
    ['2026-04-21', false],
    ['2026-06-04', false],
    ['2026-06-05', true],
    ['2026-09-07', false],
    ['2026-10-12', false],
    ['2026-11-02', false],
    ['2026-11-20', false],
    ['2026-12-24', true],
    ['2026-12-25', false],
    ['2026-12-31', true],
    ['2026-03-07', false], // Saturday
    ['2026-03-08', false], // Sunday
  ])('%s is a business day: %s', (date, expected) => {
    expect(isBusinessDay(date)).toBe(expected);
  });

  it('steps over weekends and holidays', () => {
    expect(nextBusinessDay('2026-02-13')).toBe('2026-02-18'); // Fri → over Carnival → Ash Wednesday
    expect(previousBusinessDay('2026-02-18')).toBe('2026-02-13');
    expect(nextBusinessDay('2026-04-02')).toBe('2026-04-06'); // over Good Friday and the weekend
    expect(previousBusinessDay('2026-04-06')).toBe('2026-04-02');
    expect(nextBusinessDay('2026-06-03')).toBe('2026-06-05'); // over Corpus Christi
    expect(nextBusinessDay('2026-12-31')).toBe('2027-01-04'); // over New Year and the weekend
    expect(previousBusinessDay('2026-04-22')).toBe('2026-04-20'); // over Tiradentes
    expect(nextBusinessDay('2026-11-19')).toBe('2026-11-23'); // over Consciência Negra and the weekend
  });

  it('says why a day is not a business day', () => {
    expect(nonBusinessReason('2026-02-16')).toBe('Carnival Monday');
    expect(nonBusinessReason('2026-11-15')).toBe('Republic Proclamation Day'); // a Sunday holiday
    expect(nonBusinessReason('2026-03-07')).toBe('Saturday');
    expect(nonBusinessReason('2026-03-09')).toBeNull();
  });
});
