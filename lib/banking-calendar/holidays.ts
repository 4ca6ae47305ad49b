import { addDays, dateParts, isoDate, type IsoDate } from './plain-date';

/**
 * The national non-business days of the Brazilian financial market, as the ANBIMA/FEBRABAN
 * national calendar lists them: the federal holidays (Lei 662/1949, 6.802/1980, 14.759/2023) plus
 * Carnival Monday and Tuesday, Good Friday and Corpus Christi, on which banks and B3 do not settle.
 * Ash Wednesday is a business day (banks open at noon). Elections fall on Sundays, so they need no
 * entry. State and city holidays are not national banking holidays and are left out.
 *
 * Hand-written rather than taken from a library: @brazilian-utils treats Carnival Monday as a
 * business day, and date-holidays splits these days across types and carries observances; it is
 * our test oracle instead (holidays.oracle.test.ts).
 */
export interface Holiday {
  date: IsoDate;
  /** English name, as shown in the dashboard. */
  name: string;
  /** Portuguese name, as the calendar publishes it. */
  localName: string;
}

/** Consciência Negra became a national holiday with Lei 14.759 of 21 Dec 2023, first kept in 2024. */
export const CONSCIENCIA_NEGRA_FIRST_YEAR = 2024;

const FIXED: ReadonlyArray<{ month: number; day: number; name: string; localName: string; since?: number }> = [
  { month: 1, day: 1, name: "New Year's Day", localName: 'Confraternização Universal' },
  { month: 4, day: 21, name: 'Tiradentes', localName: 'Tiradentes' },
  { month: 5, day: 1, name: 'Labour Day', localName: 'Dia do Trabalho' },
  { month: 9, day: 7, name: 'Independence Day', localName: 'Independência do Brasil' },
  { month: 10, day: 12, name: 'Our Lady of Aparecida', localName: 'Nossa Senhora Aparecida' },
  { month: 11, day: 2, name: "All Souls' Day", localName: 'Finados' },
  { month: 11, day: 15, name: 'Republic Proclamation Day', localName: 'Proclamação da República' },
  {
    month: 11,
    day: 20,
    name: 'Black Consciousness Day',
    localName: 'Dia Nacional de Zumbi e da Consciência Negra',
    since: CONSCIENCIA_NEGRA_FIRST_YEAR,
  },
  { month: 12, day: 25, name: 'Christmas Day', localName: 'Natal' },
];

/** Easter Sunday of a Gregorian year, by the anonymous (Meeus/Jones/Butcher) algorithm. */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

const cache = new Map<number, readonly Holiday[]>();

/** Every national banking holiday of `year`, in date order. */
export function holidaysOf(year: number): readonly Holiday[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const holidays: Holiday[] = [
    ...FIXED.filter((h) => h.since === undefined || year >= h.since).map((h) => ({
      date: isoDate(year, h.month, h.day),
      name: h.name,
      localName: h.localName,
    })),
    { date: addDays(easter, -48), name: 'Carnival Monday', localName: 'Segunda-feira de Carnaval' },
    { date: addDays(easter, -47), name: 'Carnival Tuesday', localName: 'Terça-feira de Carnaval' },
    { date: addDays(easter, -2), name: 'Good Friday', localName: 'Sexta-feira Santa' },
    { date: addDays(easter, 60), name: 'Corpus Christi', localName: 'Corpus Christi' },
  ].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const frozen = Object.freeze(holidays.map((h) => Object.freeze(h)));
  cache.set(year, frozen);
  return frozen;
}

/** The national banking holiday on `date`, if there is one. */
export function holidayOn(date: IsoDate): Holiday | undefined {
  return holidaysOf(dateParts(date).year).find((h) => h.date === date);
}
