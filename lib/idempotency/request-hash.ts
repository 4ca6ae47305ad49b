import { createHash } from 'node:crypto';
import { isLosslessNumber, parseJson, stringifyJson } from '@/lib/http/json';

/**
 * What makes two requests "the same" for an Idempotency-Key: method, path with query, and body.
 * A JSON body is compared by meaning (keys sorted, whitespace ignored, numbers as written), so a
 * client that re-serializes its retry differently still gets a replay; anything else by its bytes.
 */
export function requestHash(method: string, pathWithQuery: string, bodyText: string): string {
  return createHash('sha256')
    .update(`${method.toUpperCase()}\n${pathWithQuery}\n${canonicalBody(bodyText)}`, 'utf8')
    .digest('hex');
}

function canonicalBody(text: string): string {
  if (!text.trim()) return '';
  try {
    return stringifyJson(sortKeys(parseJson(text)));
  } catch {
    return text;
  }
}

// Hand-written rather than a canonical-JSON library: those read numbers as floats, and two amounts
// that differ only past a double's precision must not hash alike.
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object' || isLosslessNumber(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
