import { z } from 'zod';
import { isLosslessNumber } from '@/lib/http/json';
import { DecimalError, formatMinor, parseMinor } from './decimal';

/** The text of a decimal as the client wrote it, whether it came as a JSON number or a string. */
export const decimalText = z
  .custom<unknown>((value) => typeof value === 'number' || typeof value === 'string' || isLosslessNumber(value), {
    message: 'Expected a decimal number',
  })
  .transform((value) => (isLosslessNumber(value) ? value.value : String(value)));

/**
 * The largest amount any money field takes, in minor units: 999,999,999,999.99 in a two-digit
 * currency. Far above any payment, credit limit or balance we hold, and far below what a `bigint`
 * column holds, so sums of many amounts (a balance, an invoice) never overflow either.
 */
export const MAX_AMOUNT_MINOR = 99_999_999_999_999n;

/**
 * A non-negative amount in minor units (bigint), from a JSON number or decimal string written with
 * at most `digits` decimal places and at most MAX_AMOUNT_MINOR. Never goes through a float.
 * Exponent notation (`1e3`) is refused with a message saying so.
 */
export function amountMinor(digits: number, options: { positive?: boolean } = {}) {
  const maximum = formatMinor(MAX_AMOUNT_MINOR, digits);
  return decimalText
    .transform((text, ctx) => {
      try {
        return parseMinor(text, digits);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: error instanceof DecimalError ? error.message : 'Invalid amount' });
        return z.NEVER;
      }
    })
    .refine((minor) => (options.positive ? minor > 0n : minor >= 0n), {
      message: options.positive ? 'Must be greater than zero' : 'Must not be negative',
    })
    .refine((minor) => minor <= MAX_AMOUNT_MINOR, { message: `Must be at most ${maximum}` })
    .meta({
      type: 'number',
      // The document is JSON: this literal prints with its exact digits.
      maximum: Number(maximum),
      description: `Decimal amount with up to ${digits} decimal places, at most ${maximum}; plain decimals only (1000.00, not 1e3)`,
    });
}
