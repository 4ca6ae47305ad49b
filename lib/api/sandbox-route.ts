import { AppError } from '@/lib/errors/app-error';
import { requestIdFrom } from '@/lib/http/request-id';
import { requestLogger } from '@/lib/logger';
import type { Operation } from './operation';
import { errorResponse } from './route';
import { route, servedBy, type RouteHandler } from './serve';

const sandboxUnavailable = () =>
  new AppError({ status: 404, code: 'NOT_FOUND', error: 'not_found', message: 'Not found', translation: 'Não encontrado' });

/**
 * The handler of a sandbox "simulate" operation. Production has no sandbox: the route answers 404
 * before even authenticating, so it neither works nor reveals itself there. Whether this is
 * production is passed in (the environment is parsed once per process) so tests can ask both ways.
 */
export function sandboxRoute(operation: Operation, isProduction: () => boolean): RouteHandler {
  const sandbox = route(operation);
  const dialect = operation.dialect === 'qi' ? 'qi' : operation.dialect === 'a55_charge' ? 'a55_charge' : 'a55';
  return servedBy(operation, async function handle(request: Request, context: Parameters<RouteHandler>[1]): Promise<Response> {
    if (!isProduction()) return sandbox(request, context);
    const requestId = requestIdFrom(request.headers);
    return errorResponse(dialect, sandboxUnavailable(), requestId, requestLogger(requestId));
  });
}
