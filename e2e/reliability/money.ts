import { parseMinor } from '@/lib/money/decimal';

/** Minor units (BRL, 2 digits) of an amount as the API writes it: decimal text (A55) or a JSON number (QI). */
export function minorOf(value: unknown): bigint {
  return parseMinor(String(value), 2);
}
