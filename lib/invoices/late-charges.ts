import { daysBetween, type IsoDate } from '@/lib/banking-calendar';
import { percentageScaled, type PercentageText } from '@/lib/credit/invoice-configuration';

/**
 * The late-payment charges of an overdue balance (DESIGN §2, reference B.1's `fine_percentage`,
 * `monthly_interest_percentage`, `interest_base: calendar_days`), on integers of centavos:
 *
 * - the fine, once: balance × fine% ;
 * - interest, simple and pro rata per calendar day over a 30-day month (the "juros de mora pro
 *   rata die" of Brazilian invoices): balance × monthly% × days ÷ 30, for the days from the due
 *   date the balance was not paid by to the due date of the invoice that carries it.
 *
 * The rounding rule: each charge is computed exactly as a fraction of centavos and rounded once,
 * half up (0.5 centavo and above goes up), as commercial rounding ("arredondamento comercial") does.
 */

/** Percentages are kept in ten-thousandths of a percent: 100% is 1 000 000. */
const WHOLE = 100n * 10_000n;
const DAYS_IN_MONTH = 30n;

function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (numerator < 0n || denominator <= 0n) throw new RangeError('late charges are computed on a positive balance');
  return (2n * numerator + denominator) / (2n * denominator);
}

export function fineFor(balanceMinor: bigint, finePercentage: PercentageText): bigint {
  return roundHalfUp(balanceMinor * percentageScaled(finePercentage), WHOLE);
}

export function interestFor(balanceMinor: bigint, monthlyPercentage: PercentageText, days: number): bigint {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`interest runs for a whole number of days, got ${days}`);
  return roundHalfUp(balanceMinor * percentageScaled(monthlyPercentage) * BigInt(days), WHOLE * DAYS_IN_MONTH);
}

export interface LateCharges {
  fineMinor: bigint;
  interestMinor: bigint;
  interestDays: number;
}

/** The fine and interest on `balanceMinor` left unpaid at `dueDate` and carried to an invoice due on `carriedUntil`. */
export function lateChargesFor(
  balanceMinor: bigint,
  rates: { fine_percentage: PercentageText; monthly_interest_percentage: PercentageText },
  dueDate: IsoDate,
  carriedUntil: IsoDate,
): LateCharges {
  const interestDays = Math.max(0, daysBetween(dueDate, carriedUntil));
  return {
    fineMinor: fineFor(balanceMinor, rates.fine_percentage),
    interestMinor: interestFor(balanceMinor, rates.monthly_interest_percentage, interestDays),
    interestDays,
  };
}
