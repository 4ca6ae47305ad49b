import { z } from 'zod';
import { ALL_SCOPES, SCOPES } from '@/lib/api/scopes';
import { cursorParamSchema } from '@/lib/pagination/keyset';

/** One zod schema per shape: the dashboard form, its server action and the OpenAPI document share these. */

export const scopeSchema = z.enum(ALL_SCOPES).meta({
  id: 'Scope',
  description: Object.entries(SCOPES)
    .map(([scope, meaning]) => `\`${scope}\`: ${meaning}`)
    .join('; '),
});

export const createCredentialsSchema = z.object({
  name: z.string().trim().min(1, 'Give the credentials a name').max(80, 'Use at most 80 characters'),
  scopes: z.array(scopeSchema).min(1, 'Choose at least one scope'),
});
export type CreateCredentialsInput = z.input<typeof createCredentialsSchema>;

export const clientIdInputSchema = z.object({ clientId: z.uuid() });

export const tokenRequestSchema = z
  .object({
    grant_type: z.string().meta({ description: 'Must be `client_credentials`', example: 'client_credentials' }),
    client_id: z.string().optional().meta({ description: 'Your client id, unless sent in a Basic `Authorization` header' }),
    client_secret: z.string().optional().meta({ description: 'Your client secret, unless sent in a Basic `Authorization` header' }),
    scope: z
      .string()
      .optional()
      .meta({ description: 'Space-separated subset of the client’s scopes; omitted: all of them', example: 'wallet:read charge:read' }),
  })
  .meta({ id: 'TokenRequest' });

export const tokenResponseSchema = z
  .object({
    access_token: z.string().meta({ description: 'A signed JWT carrying the scopes, client, account and wallet' }),
    expires_in: z.literal(3600).meta({ description: 'Lifetime in seconds' }),
    token_type: z.literal('Bearer'),
  })
  .meta({ id: 'TokenResponse' });

export const OAUTH_ERROR_CODES = ['invalid_request', 'invalid_client', 'invalid_scope', 'unsupported_grant_type', 'too_many_requests', 'server_error', 'temporarily_unavailable'] as const;

export const oauthErrorSchema = z
  .object({
    error: z.enum(OAUTH_ERROR_CODES),
    error_description: z.string(),
  })
  .meta({ id: 'OAuthError', description: 'RFC 6749 §5.2 error body of the token endpoint' });

export const tokenInfoSchema = z
  .object({
    client_id: z.uuid(),
    entity_uuid: z.uuid().meta({ description: 'The account the client belongs to' }),
    wallet_uuid: z.uuid().nullable().meta({ description: 'Set for wallet-level clients, which reach only this wallet' }),
    scopes: z.array(scopeSchema),
  })
  .meta({ id: 'TokenInfo' });

/** The dashboard's credentials list: a page of clients, newest first, after an optional cursor. */
export const apiClientListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  starting_after: cursorParamSchema.optional(),
});
export type ApiClientListQuery = z.output<typeof apiClientListQuerySchema>;
