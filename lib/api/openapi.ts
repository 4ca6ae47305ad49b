import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { oauthErrorSchema, tokenInfoSchema, tokenRequestSchema, tokenResponseSchema } from '@/lib/credentials/schemas';
import { errorResponses, jsonResponse, security } from '@/lib/openapi/shared';
import { healthSchema } from './health';

const TOKEN_REQUEST_EXAMPLE = {
  grant_type: 'client_credentials',
  client_id: '3b7c9386-2152-4a87-8065-a3e546af3223',
  client_secret: 'sk_test_…',
};

/** The platform's own routes: the token endpoint, "who am I" and the health check. */
export function registerPlatformPaths(registry: OpenAPIRegistry) {
  const oauthError = (description: string) => ({ description, content: { 'application/json': { schema: oauthErrorSchema } } });

  registry.registerPath({
    method: 'post',
    path: '/api/oauth2/token',
    operationId: 'issueAccessToken',
    tags: ['Authentication'],
    summary: 'Exchange client credentials for an access token',
    description:
      'OAuth 2.0 client-credentials grant. Send `client_id` and `client_secret` either in a Basic `Authorization` header ' +
      'or in the body (not both). The body may be form-encoded (as Cognito takes it) or JSON. The token lives 3600 s: ' +
      'cache it and ask for a new one shortly before it expires. Repeated failures for one client or from one address ' +
      'are answered 429 with `Retry-After`.',
    security: [{ clientBasic: [] }, {}],
    request: {
      body: {
        required: true,
        content: {
          'application/x-www-form-urlencoded': { schema: tokenRequestSchema, example: TOKEN_REQUEST_EXAMPLE },
          'application/json': { schema: tokenRequestSchema, example: TOKEN_REQUEST_EXAMPLE },
        },
      },
    },
    responses: {
      200: jsonResponse('A Bearer token for the API', tokenResponseSchema),
      400: oauthError('`invalid_request` (missing or duplicated parameters), `unsupported_grant_type` or `invalid_scope`'),
      401: oauthError('`invalid_client`: unknown client, wrong or expired secret, or revoked credentials'),
      429: {
        ...oauthError('`too_many_requests`: too many failed attempts for this client or from this address'),
        headers: { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } },
      },
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/api/v1/token/info/',
    operationId: 'getTokenInfo',
    tags: ['Authentication'],
    summary: 'Describe the caller behind a token',
    description: 'Answers which client, account and wallet the Bearer token acts for and which scopes it carries. Any valid token may call it.',
    security: security(null),
    responses: {
      200: jsonResponse('The client behind the token', tokenInfoSchema),
      ...errorResponses('a55', 401, 500),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/api/health',
    operationId: 'getHealth',
    tags: ['Platform'],
    summary: 'Check that the service and its database are up',
    security: [],
    responses: {
      200: jsonResponse('The service and its database answer', healthSchema),
      503: jsonResponse('The database is unreachable', healthSchema),
    },
  });
}
