import { z } from 'zod';
import { LosslessNumber } from 'lossless-json';
import { isLosslessNumber } from '@/lib/http/json';
import { parseMinor } from '@/lib/money/decimal';

/**
 * A percentage from 0 to 100 with up to 4 decimal places, kept as its decimal text ("2.0") so it
 * is stored exactly and answered with the digits the client wrote (`2.0` stays `2.0`). It arrives
 * as a LosslessNumber from API bodies (lib/http/json), as text from form inputs, or as a number
 * from code; the text never passes through float arithmetic.
 */
export type PercentageText = string;

export const PERCENTAGE_DIGITS = 4;
const PERCENTAGE_TEXT = /^(\d+)(\.\d{1,4})?$/;
const HUNDRED = 100n * 10n ** BigInt(PERCENTAGE_DIGITS);

export const percentageSchema = z
  .custom<unknown>((value) => typeof value === 'number' || typeof value === 'string' || isLosslessNumber(value), {
    message: 'Enter a percentage from 0 to 100',
  })
  .transform((value, ctx): PercentageText => {
    // Zeros past the fourth decimal carry nothing, as with amounts: `2.000000` is `2.0000`.
    const text = (isLosslessNumber(value) ? value.value : String(value)).trim().replace(/(\.\d{4})0+$/, '$1');
    const match = PERCENTAGE_TEXT.exec(text);
    if (!match) {
      ctx.addIssue({ code: 'custom', message: 'Enter a percentage from 0 to 100 with at most 4 decimal places' });
      return z.NEVER;
    }
    if (parseMinor(text, PERCENTAGE_DIGITS) > HUNDRED) {
      ctx.addIssue({ code: 'custom', message: 'Must be at most 100' });
      return z.NEVER;
    }
    // Leading zeros carry no digits of the value ("02.5" is 2.5); the fraction stays as written.
    return `${BigInt(match[1]!).toString()}${match[2] ?? ''}`;
  })
  .meta({ type: 'number', description: 'Percentage from 0 to 100, up to 4 decimal places' });

/** The JSON number to answer with, written with the stored digits (serialize with stringifyJson). */
export function percentageJson(text: PercentageText): LosslessNumber {
  return new LosslessNumber(text);
}

/** The percentage in ten-thousandths of a percent (2.5 → 25000n), for exact interest arithmetic. */
export function percentageScaled(text: PercentageText): bigint {
  return parseMinor(text, PERCENTAGE_DIGITS);
}
