import { serializeError, validationError, type Dialect } from '@/lib/errors/dialects';
import { stringifyJson } from './json';

export interface PlainAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * The answer to a request whose path is not valid percent-encoded UTF-8 (`%ZZ`, an overlong
 * `%C0%AF`, a lone surrogate), or null when the path decodes. Next.js's router throws on such a
 * path before any route runs and answers a plain-text 500; the server in front (server.ts) asks
 * this first, so the caller hears a 400 in its route family's dialect instead. No route matched,
 * so the family is read from the prefix, as a client would.
 */
export function malformedPathAnswer(url: string): PlainAnswer | null {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  try {
    decodeURIComponent(path);
    return null;
  } catch {
    return refusal(path);
  }
}

function refusal(path: string): PlainAnswer {
  const headers = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };
  const message = 'The path is not valid percent-encoded UTF-8';
  if (path.startsWith('/api/oauth2/')) {
    return { status: 400, headers, body: stringifyJson({ error: 'invalid_request', error_description: message }) };
  }
  if (!path.startsWith('/api/')) {
    return { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: `Bad Request: ${message}` };
  }
  const dialect = familyOf(path);
  const error = validationError(dialect, [{ field: 'path', issue: message }]);
  return { status: error.status, headers, body: stringifyJson(serializeError(dialect, error)) };
}

const CHARGE_PREFIXES = ['/api/v1/bank/wallet/charge/', '/api/v1/bank/wallet/charges/', '/api/v1/bank/public/charge/', '/api/v1/sandbox/charges/'];

function familyOf(path: string): Dialect {
  // The credit routes and their sandbox simulations (the invoices' time machine) speak QI's dialect.
  if (path.startsWith('/api/v1/credit/') || path === '/api/v1/credit' || path.startsWith('/api/v1/sandbox/credit/')) return 'qi';
  return CHARGE_PREFIXES.some((prefix) => path.startsWith(prefix)) ? 'a55_charge' : 'a55';
}
