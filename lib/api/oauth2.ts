import { isDatabaseUnavailable } from '@/db/unavailable';
import { isAppError, type AppError } from '@/lib/errors/app-error';
import { NUL_CHARACTER_MESSAGE, nulCharacterPath } from '@/lib/http/nul-character';
import { oauthErrors } from '@/lib/credentials/oauth-errors';
import { tokenRequestSchema } from '@/lib/credentials/schemas';
import type { Logger } from '@/lib/logger';

export interface TokenRequest {
  clientId: string;
  clientSecret: string;
  scope?: string;
}

/**
 * Reads a client-credentials token request as Cognito takes it: a form-encoded body (JSON accepted
 * too) with `grant_type`, and the client id and secret either in a Basic header or in the body,
 * never both (RFC 6749 §2.3.1, §4.4.2).
 */
export async function readTokenRequest(request: Request): Promise<TokenRequest> {
  const fields = await readFields(request);
  const nul = nulCharacterPath(fields);
  if (nul) throw oauthErrors.invalidRequest(`${nul}: ${NUL_CHARACTER_MESSAGE}`);
  if (fields.grant_type === undefined) throw oauthErrors.invalidRequest('grant_type is required');
  const parsed = tokenRequestSchema.safeParse(fields);
  if (!parsed.success) throw oauthErrors.invalidRequest('Every parameter must be a single string');
  const { grant_type: grantType, client_id: bodyId, client_secret: bodySecret, scope } = parsed.data;
  if (grantType !== 'client_credentials') throw oauthErrors.unsupportedGrantType();

  const basic = basicCredentials(request.headers.get('authorization'));
  if (basic && (bodyId || bodySecret)) throw oauthErrors.invalidRequest('Send the client credentials either in the Authorization header or in the body, not both');
  const clientId = basic?.clientId ?? bodyId;
  const clientSecret = basic?.clientSecret ?? bodySecret;
  if (!clientId || !clientSecret) throw oauthErrors.invalidClient();
  return { clientId, clientSecret, scope };
}

async function readFields(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if ((request.headers.get('content-type') ?? '').toLowerCase().includes('json')) {
    try {
      const value: unknown = JSON.parse(text);
      if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // Answered below, like any other body that is not an object.
    }
    throw oauthErrors.invalidRequest('The body must be a JSON object or a form');
  }
  const form = new URLSearchParams(text);
  const fields: Record<string, string> = {};
  for (const name of new Set(form.keys())) {
    const values = form.getAll(name);
    if (values.length > 1) throw oauthErrors.invalidRequest(`${name} must not be repeated`);
    // An empty parameter counts as absent (RFC 6749 §3.1).
    if (values[0]) fields[name] = values[0];
  }
  return fields;
}

function basicCredentials(header: string | null): { clientId: string; clientSecret: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) throw oauthErrors.invalidClient();
  return { clientId: formDecode(decoded.slice(0, colon)), clientSecret: formDecode(decoded.slice(colon + 1)) };
}

// RFC 6749 §2.3.1 form-encodes the id and secret before Basic; most clients send them raw, which
// decodes to itself as long as it holds no '%' or '+' (our ids and secrets never do).
function formDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

/** A token endpoint answer: no caching of tokens or of errors (RFC 6749 §5.1). */
export function tokenResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', Pragma: 'no-cache', ...headers } });
}

/** Seconds a client should wait when the database is unreachable, as the API door answers it. */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * RFC 6749 §5.2 `{error, error_description}`; a database outage is `temporarily_unavailable`
 * (RFC 6749's own name for it) with Retry-After, anything else unexpected a logged `server_error`.
 */
export function tokenErrorResponse(error: unknown, requestId: string, log: Logger): Response {
  if (isAppError(error)) {
    const appError: AppError = error;
    return tokenResponse(appError.status, { error: appError.code, error_description: appError.message }, { ...appError.headers, 'X-Request-Id': requestId });
  }
  if (isDatabaseUnavailable(error)) {
    log.warn({ err: error }, 'token endpoint: database unavailable');
    return tokenResponse(
      503,
      { error: 'temporarily_unavailable', error_description: `Temporarily unavailable; retry after ${UNAVAILABLE_RETRY_AFTER_SECONDS} seconds` },
      { 'Retry-After': String(UNAVAILABLE_RETRY_AFTER_SECONDS), 'X-Request-Id': requestId },
    );
  }
  log.error({ err: error }, 'unhandled error in the token endpoint');
  return tokenResponse(
    500,
    { error: 'server_error', error_description: `Unexpected error; quote request id ${requestId} when contacting support` },
    { 'X-Request-Id': requestId },
  );
}
