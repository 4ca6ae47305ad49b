import { holidayOn } from './holidays';
import { addDays, weekdayOf, WEEKDAY_NAMES, type IsoDate } from './plain-date';

/** A Monday-to-Friday date that is not a national banking holiday. */
export function isBusinessDay(date: IsoDate): boolean {
  const weekday = weekdayOf(date);
  return weekday !== 0 && weekday !== 6 && !holidayOn(date);
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(date: IsoDate): IsoDate {
  let day = addDays(date, 1);
  while (!isBusinessDay(day)) day = addDays(day, 1);
  return day;
}

/** The last business day strictly before `date`. */
export function previousBusinessDay(date: IsoDate): IsoDate {
  let day = addDays(date, -1);
  while (!isBusinessDay(day)) day = addDays(day, -1);
  return day;
}

/** Why `date` is not a business day ("Saturday", "Good Friday" …), or null when it is one. */
export function nonBusinessReason(date: IsoDate): string | null {
  const holiday = holidayOn(date);
  if (holiday) return holiday.name;
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6 ? WEEKDAY_NAMES[weekday] : null;
}
