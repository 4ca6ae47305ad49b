import { healthSchema } from '@/lib/api/health';
import { defineOperation } from '@/lib/api/operation';
import { oauthErrorSchema, tokenInfoSchema, tokenRequestSchema, tokenResponseSchema } from '@/lib/credentials/schemas';

/** The platform's own routes: the token endpoint, "who am I" and the health check. */

const TAG = 'Authentication';

/** Documented here; its runtime is hand-written (form bodies, RFC 6749 errors) in app/api/oauth2/token. */
export const issueAccessTokenOperation = defineOperation({
  operationId: 'issueAccessToken',
  method: 'post',
  path: '/api/oauth2/token',
  dialect: 'oauth',
  auth: 'none',
  tag: TAG,
  summary: 'Exchange client credentials for an access token',
  description:
    'OAuth 2.0 client-credentials grant. Send `client_id` and `client_secret` either in a Basic `Authorization` header ' +
    'or in the body (not both). The body may be form-encoded (as Cognito takes it) or JSON. The token lives 3600 s: ' +
    'cache it and ask for a new one shortly before it expires. Repeated failures for one client or from one address ' +
    'are answered 429 with `Retry-After`.',
  body: tokenRequestSchema,
  bodyContentTypes: ['application/x-www-form-urlencoded', 'application/json'],
  bodyExample: { grant_type: 'client_credentials', client_id: '3b7c9386-2152-4a87-8065-a3e546af3223', client_secret: 'sk_test_…' },
  responses: {
    200: { description: 'A Bearer token for the API', schema: tokenResponseSchema },
    400: {
      description: '`invalid_request` (missing or duplicated parameters), `unsupported_grant_type` or `invalid_scope`',
      schema: oauthErrorSchema,
    },
    401: { description: '`invalid_client`: unknown client, wrong or expired secret, or revoked credentials', schema: oauthErrorSchema },
    429: {
      description: '`too_many_requests`: too many failed attempts for this client or from this address',
      schema: oauthErrorSchema,
      headers: { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } },
    },
    500: { description: '`server_error`: unexpected; the description carries a request id to quote to support', schema: oauthErrorSchema },
    503: {
      description: '`temporarily_unavailable`: the database is unreachable for a moment',
      schema: oauthErrorSchema,
      headers: { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } },
    },
  },
});

export const getTokenInfoOperation = defineOperation({
  operationId: 'getTokenInfo',
  method: 'get',
  path: '/api/v1/token/info/',
  dialect: 'a55',
  auth: 'any-token',
  tag: TAG,
  summary: 'Describe the caller behind a token',
  description: 'Answers which client, account and wallet the Bearer token acts for and which scopes it carries. Any valid token may call it.',
  responses: { 200: { description: 'The client behind the token', schema: tokenInfoSchema } },
  handler: async ({ actor }) => ({
    body: { client_id: actor.clientId, entity_uuid: actor.entityUuid, wallet_uuid: actor.walletUuid, scopes: actor.scopes },
  }),
});

/** Documented here; answered by a hand-written handler, since a 503 is not an error of any dialect. */
export const getHealthOperation = defineOperation({
  operationId: 'getHealth',
  method: 'get',
  path: '/api/health',
  dialect: 'a55',
  auth: 'none',
  tag: 'Platform',
  summary: 'Check that the service and its database are up',
  responses: {
    200: { description: 'The service and its database answer', schema: healthSchema },
    503: { description: 'The database is unreachable', schema: healthSchema },
  },
});

export const platformOperations = [issueAccessTokenOperation, getTokenInfoOperation, getHealthOperation];
