import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { apiClient } from '@/db/schema';
import { commonErrors } from '@/lib/errors/common';
import type { ApiActor } from './actor';
import { verifyAccessToken } from './token';

const BEARER = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i;

/**
 * The caller behind an `Authorization: Bearer` header. A token is honoured only while its client
 * exists and is not revoked, so revoking a client cuts off its outstanding tokens at once.
 */
export async function authenticate(db: Db, headers: Headers, requestId: string): Promise<ApiActor> {
  const match = BEARER.exec(headers.get('authorization') ?? '');
  if (!match) throw commonErrors.unauthorized('Missing or malformed Bearer token');
  const claims = await verifyAccessToken(match[1]!);
  if (!claims) throw commonErrors.unauthorized();

  const [client] = await db
    .select({ revokedAt: apiClient.revokedAt, entityUuid: apiClient.entityUuid })
    .from(apiClient)
    .where(eq(apiClient.clientId, claims.clientId));
  if (!client || client.revokedAt || client.entityUuid !== claims.entityUuid) {
    throw commonErrors.unauthorized('The credentials behind this token were revoked');
  }
  return { ...claims, requestId };
}
