import { getDb } from '@/db/client';
import { clientIpFrom } from '@/lib/http/client-ip';
import { readTokenRequest, tokenErrorResponse, tokenResponse } from '@/lib/api/oauth2';
import { servedBy } from '@/lib/api/serve';
import { exchangeClientCredentials } from '@/lib/credentials/exchange';
import { requestIdFrom } from '@/lib/http/request-id';
import { requestLogger } from '@/lib/logger';
import { issueAccessTokenOperation } from '@/lib/platform/operations';

// POST /api/oauth2/token – OAuth 2.0 client-credentials token endpoint (A55 A.1 shapes, RFC 6749 errors)
export const POST = servedBy(issueAccessTokenOperation, async function POST(request: Request): Promise<Response> {
  const requestId = requestIdFrom(request.headers);
  const log = requestLogger(requestId);
  try {
    const { clientId, clientSecret, scope } = await readTokenRequest(request);
    const token = await exchangeClientCredentials(await getDb(), { clientId, clientSecret, scope, ip: clientIpFrom(request.headers) });
    return tokenResponse(200, token, { 'X-Request-Id': requestId });
  } catch (error) {
    return tokenErrorResponse(error, requestId, log);
  }
});
