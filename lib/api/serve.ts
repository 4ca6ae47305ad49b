import type { Operation } from './operation';
import { apiRoute } from './route';

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };
export type RouteHandler = ((request: Request, context: RouteContext) => Promise<Response>) & { readonly operation: Operation };

const METHOD_EXPORTS = { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE' } as const;
type MethodExport = (typeof METHOD_EXPORTS)[keyof typeof METHOD_EXPORTS];

/** Marks a handler as serving an operation, so tests can find the declaration behind any route. */
export function servedBy<H extends (request: Request, context: RouteContext) => Promise<Response>>(operation: Operation, handler: H): H & { readonly operation: Operation } {
  return Object.assign(handler, { operation });
}

/** The Next.js route handler of one declared operation: `export const POST = route(createWallet)`. */
export function route(operation: Operation): RouteHandler {
  const { handler, dialect, auth } = operation;
  if (!handler || dialect === 'oauth') {
    throw new Error(`${operation.operationId} has a hand-written runtime; wrap it with servedBy() instead`);
  }
  const handle = apiRoute({
    dialect,
    scope: auth === 'none' ? 'public' : auth === 'any-token' ? null : auth.scope,
    params: operation.params,
    query: operation.query,
    body: operation.body,
    handler,
  });
  return servedBy(operation, handle);
}

/** The handlers of several operations on one path, by method: `export const { POST, GET } = routes(createWallet, lookupWallet)`. */
export function routes<const Ops extends Operation[]>(...operations: Ops): { [Op in Ops[number] as (typeof METHOD_EXPORTS)[Op['method']]]: RouteHandler } {
  const handlers: Partial<Record<MethodExport, RouteHandler>> = {};
  for (const operation of operations) {
    const name = METHOD_EXPORTS[operation.method];
    if (handlers[name]) throw new Error(`two operations for ${name} ${operation.path}`);
    handlers[name] = route(operation);
  }
  return handlers as { [Op in Ops[number] as (typeof METHOD_EXPORTS)[Op['method']]]: RouteHandler };
}

/** The operation a handler serves, when it was built from one. */
export function operationOf(handler: unknown): Operation | undefined {
  return typeof handler === 'function' && 'operation' in handler ? (handler as RouteHandler).operation : undefined;
}
