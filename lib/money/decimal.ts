import { LosslessNumber } from 'lossless-json';

/**
 * Money as an integer count of minor units (bigint), converted to and from the providers' decimal
 * text without ever passing through a float: "5000.00" ⇄ 500000n at 2 digits.
 */
const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

export class DecimalError extends Error {
  override name = 'DecimalError';
}

/** Parses decimal text to minor units; refuses more decimal places than the unit has (no rounding). */
export function parseMinor(text: string, digits: number): bigint {
  const match = DECIMAL.exec(text.trim());
  if (!match) {
    // Exponent notation is refused rather than expanded: an amount is written as it will be paid.
    if (/^-?\d+(\.\d+)?e[+-]?\d+$/i.test(text.trim())) {
      throw new DecimalError(`"${text}" uses exponent notation; write the amount as a plain decimal, such as 1000.00`);
    }
    throw new DecimalError(`"${text}" is not a decimal number`);
  }
  const [, sign, whole, fraction = ''] = match;
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > digits) throw new DecimalError(`"${text}" has more than ${digits} decimal places`);
  const minor = BigInt(whole! + fraction.padEnd(digits, '0').slice(0, digits));
  return sign ? -minor : minor;
}

/** Formats minor units as decimal text with exactly `digits` places: 500000n → "5000.00". */
export function formatMinor(minor: bigint, digits: number): string {
  const negative = minor < 0n;
  const abs = (negative ? -minor : minor).toString().padStart(digits + 1, '0');
  const whole = digits ? abs.slice(0, -digits) : abs;
  const fraction = digits ? `.${abs.slice(-digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/**
 * Minor units as a JSON *number* written with its exact decimals (`5000.00`, not `5000`), for the
 * QI shapes whose amounts are numbers. Serialize with `stringifyJson` from lib/http/json.
 */
export function jsonDecimal(minor: bigint, digits: number): LosslessNumber {
  return new LosslessNumber(formatMinor(minor, digits));
}
