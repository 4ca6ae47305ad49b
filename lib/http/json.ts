import { isLosslessNumber, LosslessNumber, parse, stringify } from 'lossless-json';

/**
 * JSON that keeps numbers as written. Provider amounts arrive as JSON numbers (`5000.00`); parsing
 * them with JSON.parse would turn them into floats before we could read their text. Here integers
 * that fit a double become numbers as usual, and every other number (a decimal, a huge integer)
 * stays a LosslessNumber holding its exact text, for the money schemas to read.
 */
export function parseJson(text: string): unknown {
  return parse(text, null, (value) => {
    const asNumber = Number(value);
    return /^-?\d+$/.test(value) && Number.isSafeInteger(asNumber) ? asNumber : new LosslessNumber(value);
  });
}

/** Serializes with LosslessNumbers written verbatim, so `jsonDecimal(500000n, 2)` prints `5000.00`. */
export function stringifyJson(value: unknown): string {
  return stringify(value) ?? 'null';
}

export { isLosslessNumber };
