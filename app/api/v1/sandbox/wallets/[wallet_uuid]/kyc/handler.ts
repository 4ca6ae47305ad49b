import { errorResponse } from '@/lib/api/route';
import { route, servedBy } from '@/lib/api/serve';
import { requestIdFrom } from '@/lib/http/request-id';
import { kycErrors } from '@/lib/kyc/errors';
import { simulateKycDecisionOperation } from '@/lib/kyc/operations';
import { requestLogger } from '@/lib/logger';

/**
 * `POST /api/v1/sandbox/wallets/{wallet_uuid}/kyc`. Production has no sandbox: the route answers
 * 404 before even authenticating, so it neither works nor reveals itself there. Whether this is
 * production is passed in (the environment is parsed once per process) so tests can ask both ways.
 */
export function sandboxKycRoute(isProduction: () => boolean) {
  const sandbox = route(simulateKycDecisionOperation);
  return servedBy(simulateKycDecisionOperation, async function handle(request: Request, context: Parameters<typeof sandbox>[1]): Promise<Response> {
    if (!isProduction()) return sandbox(request, context);
    const requestId = requestIdFrom(request.headers);
    return errorResponse('a55', kycErrors.sandboxUnavailable(), requestId, requestLogger(requestId));
  });
}
