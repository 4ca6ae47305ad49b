export { isBusinessDay, nextBusinessDay, previousBusinessDay, nonBusinessReason } from './business-days';
export { CONSCIENCIA_NEGRA_FIRST_YEAR, easterSunday, holidayOn, holidaysOf, type Holiday } from './holidays';
export {
  addDays,
  addMonths,
  dateParts,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isIsoDate,
  isoDate,
  todayInBrazil,
  toDayNumber,
  weekdayOf,
  WEEKDAY_NAMES,
  type DateParts,
  type IsoDate,
  type Weekday,
} from './plain-date';
