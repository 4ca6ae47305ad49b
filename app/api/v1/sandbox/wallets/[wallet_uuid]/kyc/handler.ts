import { z } from 'zod';
import { apiRoute, errorResponse } from '@/lib/api/route';
import { callerFromApi } from '@/lib/auth/caller';
import { requestIdFrom } from '@/lib/http/request-id';
import { kycErrors } from '@/lib/kyc/errors';
import { kycDecisionBody, simulateKycDecision } from '@/lib/kyc/sandbox';
import { sandboxKycDecisionSchema } from '@/lib/kyc/schemas';
import { requestLogger } from '@/lib/logger';

/** A malformed id names no wallet: 404 like an unknown or foreign one. */
const paramsSchema = z.object({ wallet_uuid: z.string() });

/**
 * `POST /api/v1/sandbox/wallets/{wallet_uuid}/kyc`. Production has no sandbox: the route answers
 * 404 before even authenticating, so it neither works nor reveals itself there. Whether this is
 * production is passed in (the environment is parsed once per process) so tests can ask both ways.
 */
export function sandboxKycRoute(isProduction: () => boolean) {
  const route = apiRoute({
    dialect: 'a55',
    scope: 'credit:write',
    params: paramsSchema,
    body: sandboxKycDecisionSchema,
    handler: async ({ db, actor, params, body }) => ({
      body: kycDecisionBody(await simulateKycDecision(db, callerFromApi(actor), params.wallet_uuid, body)),
    }),
  });
  return async function handle(request: Request, context: Parameters<typeof route>[1]): Promise<Response> {
    if (!isProduction()) return route(request, context);
    const requestId = requestIdFrom(request.headers);
    return errorResponse('a55', kycErrors.sandboxUnavailable(), requestId, requestLogger(requestId));
  };
}
