import { createHmac } from 'node:crypto';
import { env } from '@/lib/env';
import { isLosslessNumber, parseJson, stringifyJson } from '@/lib/http/json';

/**
 * What makes two requests "the same" for an Idempotency-Key: method, path with query, and body.
 * A JSON body is compared by meaning (keys sorted, whitespace ignored, numbers as written), so a
 * client that re-serializes its retry differently still gets a replay; anything else by its bytes.
 * The digest is an HMAC under `IDEMPOTENCY_HASH_KEY`: a plain hash of a body holding a card number
 * could be reversed by trying every number, a keyed one cannot without the key.
 */
export function requestHash(method: string, pathWithQuery: string, bodyText: string, secret: string = env().IDEMPOTENCY_HASH_KEY): string {
  return createHmac('sha256', secret)
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
