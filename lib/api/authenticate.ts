import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { account, apiClient } from '@/db/schema';
import { commonErrors } from '@/lib/errors/common';
import type { ApiActor } from './actor';
import { verifyAccessToken } from './token';

const BEARER = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i;

/**
 * The caller behind an `Authorization: Bearer` header. A token is honoured only while its client
 * exists, is not revoked and its account is not suspended, so revoking a client or suspending its
 * account cuts off its outstanding tokens at once.
 */
export async function authenticate(db: Db, headers: Headers, requestId: string): Promise<ApiActor> {
  const match = BEARER.exec(headers.get('authorization') ?? '');
  if (!match) throw commonErrors.unauthorized('Missing or malformed Bearer token');
  const claims = await verifyAccessToken(match[1]!);
  if (!claims) throw commonErrors.unauthorized();

  const [client] = await db
    .select({ revokedAt: apiClient.revokedAt, entityUuid: apiClient.entityUuid, suspendedAt: account.suspendedAt, accountKind: account.kind })
    .from(apiClient)
    .innerJoin(account, eq(account.entityUuid, apiClient.entityUuid))
    .where(eq(apiClient.clientId, claims.clientId));
  if (!client || client.revokedAt || client.entityUuid !== claims.entityUuid) {
    throw commonErrors.unauthorized('The credentials behind this token were revoked');
  }
  if (client.suspendedAt) throw commonErrors.unauthorized('The account behind this token is suspended');
  return { ...claims, accountKind: client.accountKind, requestId };
}
