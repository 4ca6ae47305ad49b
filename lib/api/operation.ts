import type { z, ZodType } from 'zod';
import type { Dialect } from '@/lib/errors/dialects';
import type { ApiContext, ApiResult } from './route';
import type { Scope } from './scopes';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The error dialect of a route family; `oauth` is the token endpoint's RFC 6749 `{error, error_description}`. */
export type OperationDialect = Dialect | 'oauth';

/** Who may call: a token carrying a scope, any valid token, or anyone (the token endpoint, health). */
export type OperationAuth = { scope: Scope } | 'any-token' | 'none';

/** A documented answer header, such as `Retry-After`. */
export interface ResponseHeader {
  description: string;
  schema: { type: 'string' | 'integer' };
}

/** One answer of an operation: what it means and the exact shape of its JSON body. */
export interface ResponseSpec<S extends ZodType = ZodType> {
  description: string;
  schema: S;
  headers?: Record<string, ResponseHeader>;
}

export type ResponseSpecs = { [status: number]: ResponseSpec };

/** The error codes an operation's own service can answer, per status (the door adds its own). */
export type ErrorCodes = { [status: number]: readonly string[] };

type Infer<S> = S extends ZodType ? z.output<S> : undefined;

/**
 * What a handler may answer: for each declared status, a body of that status's schema (its input
 * side, before any transform). Status 200 may be left implicit.
 */
export type Answer<R extends ResponseSpecs> =
  | { [S in keyof R & number]: { status: S; body: z.input<R[S]['schema']>; headers?: Record<string, string> } }[keyof R & number]
  | (R extends { 200: ResponseSpec } ? { status?: undefined; body: z.input<R[200]['schema']>; headers?: Record<string, string> } : never);

export interface OperationSpec<
  P extends ZodType | undefined = undefined,
  Q extends ZodType | undefined = undefined,
  B extends ZodType | undefined = undefined,
  R extends ResponseSpecs = ResponseSpecs,
  M extends HttpMethod = HttpMethod,
> {
  operationId: string;
  method: M;
  /** As served, `{param}` style, trailing slash included where the provider writes one. */
  path: string;
  dialect: OperationDialect;
  auth: OperationAuth;
  tag: string;
  summary: string;
  description?: string;
  params?: P;
  query?: Q;
  body?: B;
  /** Media types the body may come in; JSON when omitted. */
  bodyContentTypes?: readonly string[];
  bodyExample?: unknown;
  responses: R;
  errors?: ErrorCodes;
  /**
   * The call behind the door: parse is done, the caller authenticated. Omitted only by routes whose
   * runtime is hand-written (the token endpoint, health), which still are documented from here.
   */
  handler?(ctx: ApiContext<Infer<NoInfer<B>>, Infer<NoInfer<Q>>, Infer<NoInfer<P>>>): Promise<Answer<NoInfer<R>>>;
}

/** Any declared operation, as the door, the document and the tests handle them. */
export type Operation = Omit<OperationSpec<ZodType | undefined, ZodType | undefined, ZodType | undefined, ResponseSpecs>, 'handler'> & {
  handler?(ctx: ApiContext<unknown, unknown, unknown>): Promise<ApiResult>;
};

/** Declares one API operation: the route handler (`route(op)`) and the OpenAPI document are both built from it. */
export function defineOperation<
  P extends ZodType | undefined = undefined,
  Q extends ZodType | undefined = undefined,
  B extends ZodType | undefined = undefined,
  R extends ResponseSpecs = ResponseSpecs,
  M extends HttpMethod = HttpMethod,
>(spec: OperationSpec<P, Q, B, R, M>): OperationSpec<P, Q, B, R, M> {
  return spec;
}

const READ_METHODS: readonly HttpMethod[] = ['get'];

/** Writes through the door take `Idempotency-Key`; the token endpoint and public (token-less) writes do not. */
export function isIdempotentWrite(operation: Pick<Operation, 'method' | 'dialect' | 'auth'>): boolean {
  return !READ_METHODS.includes(operation.method) && operation.dialect !== 'oauth' && operation.auth !== 'none';
}
