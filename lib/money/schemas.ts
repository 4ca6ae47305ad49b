import { z } from 'zod';
import { isLosslessNumber } from '@/lib/http/json';
import { DecimalError, parseMinor } from './decimal';

/** The text of a decimal as the client wrote it, whether it came as a JSON number or a string. */
const decimalText = z
  .custom<unknown>((value) => typeof value === 'number' || typeof value === 'string' || isLosslessNumber(value), {
    message: 'Expected a decimal number',
  })
  .transform((value) => (isLosslessNumber(value) ? value.value : String(value)));

/**
 * A non-negative amount in minor units (bigint), from a JSON number or decimal string written with
 * at most `digits` decimal places. Never goes through a float.
 */
export function amountMinor(digits: number, options: { positive?: boolean } = {}) {
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
    .meta({ type: 'number', description: `Decimal amount with up to ${digits} decimal places` });
}
