import { addDays, daysBetween, isIsoDate, todayInBrazil, type IsoDate } from '@/lib/banking-calendar';

/**
 * The boleto's due-date factor (fator de vencimento): four digits counting days from the FEBRABAN
 * base date 1997-10-07. The count reached 9999 on 2025-02-21, and FEBRABAN restarted it at 1000 on
 * 2025-02-22, so factors now run through a 9000-day cycle, 1000 to 9999, whose first cycle began
 * at 1000 = 2000-07-03. Factors 0001–0999 belong to slips due between 1997 and 2000 and are not
 * issued here; 0000 means a slip without a due date.
 */
const BASE = '1997-10-07';
const FIRST = 1000;
const CYCLE = 9000;
/** 2000-07-03, the day the count first reached 1000. */
const CYCLE_START = addDays(BASE, FIRST);

export class DueDateFactorError extends RangeError {
  override name = 'DueDateFactorError';
}

/** '2025-02-21' → '9999', '2025-02-22' → '1000'. Dates before 2000-07-03 are refused. */
export function dueDateFactor(isoDate: IsoDate): string {
  if (!isIsoDate(isoDate)) throw new DueDateFactorError(`"${isoDate}" is not a calendar date (YYYY-MM-DD)`);
  const days = daysBetween(CYCLE_START, isoDate);
  if (days < 0) throw new DueDateFactorError(`${isoDate} is before ${CYCLE_START}, the first day of the 1000–9999 factor cycle`);
  return String(FIRST + (days % CYCLE));
}

/**
 * The due date a factor stands for. A factor names one date in every 9000-day cycle, so the one
 * meant is the date nearest `reference` (today in Brazil by default): about 12 years either way,
 * far more than any slip is issued ahead or paid late. Answers null for 0000 (no due date).
 */
export function dueDateFromFactor(factor: string, reference: IsoDate = todayInBrazil()): IsoDate | null {
  if (!/^\d{4}$/.test(factor)) throw new DueDateFactorError(`a due-date factor is 4 digits, not "${factor}"`);
  if (!isIsoDate(reference)) throw new DueDateFactorError(`"${reference}" is not a calendar date (YYYY-MM-DD)`);
  const value = Number(factor);
  if (value === 0) return null;
  if (value < FIRST) throw new DueDateFactorError(`factor ${factor} belongs to slips due before ${CYCLE_START}`);
  const offset = value - FIRST;
  // The cycle whose copy of the factor lies nearest the reference; never before the first cycle.
  const cycle = Math.max(0, Math.round((daysBetween(CYCLE_START, reference) - offset) / CYCLE));
  return addDays(CYCLE_START, offset + cycle * CYCLE);
}

