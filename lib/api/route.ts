import { z, type ZodType } from 'zod';
import { getDb, type DbOrTx } from '@/db/client';
import { isDatabaseUnavailable } from '@/db/unavailable';
import { AppError, isAppError } from '@/lib/errors/app-error';
import { commonErrors } from '@/lib/errors/common';
import { fieldProblems, serializeError, validationError, type Dialect } from '@/lib/errors/dialects';
import { parseJson, stringifyJson } from '@/lib/http/json';
import { NUL_CHARACTER_MESSAGE, nulCharacterPath } from '@/lib/http/nul-character';
import { requestIdFrom } from '@/lib/http/request-id';
import { runIdempotently } from '@/lib/idempotency/guard';
import { IDEMPOTENCY_KEY_RULE, isIdempotencyKey } from '@/lib/idempotency/key';
import { requestHash } from '@/lib/idempotency/request-hash';
import { requestLogger, type Logger } from '@/lib/logger';
import type { ApiActor } from './actor';
import { authenticate } from './authenticate';
import type { Scope } from './scopes';

/** What a handler answers: a status (200 by default), a JSON body, and any extra headers. */
export interface ApiResult {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface ApiContext<Body, Query, Params> {
  request: Request;
  /** The pool, or for a write with an Idempotency-Key the transaction that also stores its answer. */
  db: DbOrTx;
  actor: ApiActor;
  body: Body;
  query: Query;
  params: Params;
  log: Logger;
}

type Infer<S> = S extends ZodType ? z.output<S> : undefined;

export interface ApiRouteOptions<B extends ZodType | undefined, Q extends ZodType | undefined, P extends ZodType | undefined> {
  /** The error dialect of the route family: A55 `{error, message, code}` or QI `{title, …}`. */
  dialect: Dialect;
  /** The scope the caller's token must carry; null for routes any valid token may call; `public` for routes that take no token. */
  scope: Scope | null | 'public';
  body?: B;
  query?: Q;
  params?: P;
  handler: (ctx: ApiContext<Infer<B>, Infer<Q>, Infer<P>>) => Promise<ApiResult>;
}

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one door of every API route handler: authenticate the Bearer token, check the scope, parse
 * and validate the JSON body, query and path with the shared zod schemas, call the handler, and
 * serialize the answer. A write carrying `Idempotency-Key` runs at most once per key and account,
 * in one transaction with its stored answer (see `lib/idempotency/guard.ts`); validation comes
 * first, so a rejected request keeps nothing.
 * Errors leave in the route's dialect; anything unexpected becomes a 500 carrying only the request
 * id, with the stack in the log.
 */
export function apiRoute<B extends ZodType | undefined = undefined, Q extends ZodType | undefined = undefined, P extends ZodType | undefined = undefined>(
  options: ApiRouteOptions<B, Q, P>,
) {
  return async function handle(request: Request, context: RouteContext): Promise<Response> {
    const requestId = requestIdFrom(request.headers);
    const log = requestLogger(requestId);
    try {
      const db = await getDb();
      const actor = options.scope === 'public' ? anonymousActor(requestId) : await authenticate(db, request.headers, requestId);
      if (options.scope && options.scope !== 'public' && !actor.scopes.includes(options.scope)) {
        throw commonErrors.forbidden(
          `This token lacks the required scope: ${options.scope}`,
          `Este token não possui o escopo necessário: ${options.scope}`,
          { missing_scope: options.scope },
        );
      }
      const url = new URL(request.url);
      const params = parse(options.dialect, options.params, await context.params);
      const query = parse(options.dialect, options.query, Object.fromEntries(url.searchParams));
      const isWrite = !READS.has(request.method.toUpperCase());
      const bodyText = isWrite ? await request.text() : '';
      const body = options.body ? parse(options.dialect, options.body, readJson(bodyText)) : undefined;
      // A public write has no account to keep its key under; its service guards itself by state instead.
      const key = isWrite && options.scope !== 'public' ? idempotencyKeyOf(options.dialect, request.headers) : null;

      const execute = async (handlerDb: DbOrTx): Promise<Response> => {
        try {
          const ctx = { request, db: handlerDb, actor, body: body as Infer<B>, query: query as Infer<Q>, params: params as Infer<P>, log };
          const result = await options.handler(ctx);
          return json(result.status ?? 200, result.body, { ...result.headers, 'X-Request-Id': requestId });
        } catch (error) {
          return errorResponse(options.dialect, error, requestId, log);
        }
      };
      if (!key) return await execute(db);

      const path = url.pathname + url.search;
      const keyed = { entityUuid: actor.entityUuid, key, method: request.method.toUpperCase(), path, requestHash: requestHash(request.method, path, bodyText) };
      const response = await runIdempotently(db, keyed, execute);
      response.headers.set('X-Request-Id', requestId);
      return response;
    } catch (error) {
      return errorResponse(options.dialect, error, requestId, log);
    }
  };
}

/**
 * The caller of a public route (the payer's pay and 3DS endpoints): no client, no account, no
 * scopes. A service that mistakenly scoped a query by it would be refused (`ownedBy` demands an
 * account), so public handlers reach only what their path's capability id names.
 */
function anonymousActor(requestId: string): ApiActor {
  return { clientId: '', entityUuid: '', walletUuid: null, scopes: [], accountKind: 'merchant', requestId };
}

function parse(dialect: Dialect, schema: ZodType | undefined, input: unknown): unknown {
  if (!schema) return undefined;
  const nul = nulCharacterPath(input);
  if (nul) throw validationError(dialect, [{ field: nul, issue: NUL_CHARACTER_MESSAGE }]);
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(dialect, fieldProblems(parsed.error));
  return parsed.data;
}

function readJson(text: string): unknown {
  if (!text.trim()) return undefined;
  try {
    return parseJson(text);
  } catch {
    throw commonErrors.invalidJson();
  }
}

function idempotencyKeyOf(dialect: Dialect, headers: Headers): string | null {
  const key = headers.get('idempotency-key');
  if (key === null) return null;
  // An empty header (a client's unset variable) is refused like any malformed key, never read as "no key".
  if (!isIdempotencyKey(key)) {
    throw validationError(dialect, [{ field: 'Idempotency-Key', issue: IDEMPOTENCY_KEY_RULE }]);
  }
  return key;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  // Lossless: decimal amounts built with jsonDecimal() keep their exact digits (5000.00), and a
  // bigint prints as an exact integer instead of making JSON.stringify throw.
  return new Response(stringifyJson(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

/** How long a client should wait when the database is unreachable; postgres.js reconnects by itself. */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * Serializes any thrown value in the dialect: AppErrors as themselves, a database outage as a 503
 * with Retry-After, the rest as a logged 500.
 */
export function errorResponse(dialect: Dialect, error: unknown, requestId: string, log: Logger): Response {
  let appError: AppError;
  if (isAppError(error)) {
    appError = error;
  } else if (isDatabaseUnavailable(error)) {
    log.warn({ err: error }, 'database unavailable');
    appError = commonErrors.unavailable(UNAVAILABLE_RETRY_AFTER_SECONDS);
  } else {
    log.error({ err: error }, 'unhandled error in API route');
    appError = commonErrors.internal(requestId);
  }
  return json(appError.status, serializeError(dialect, appError), { ...appError.headers, 'X-Request-Id': requestId });
}
