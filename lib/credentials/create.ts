import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { account, apiClient } from '@/db/schema';
import { commonErrors } from '@/lib/errors/common';
import { recordAudit, type Actor } from '@/lib/audit/record';
import type { Scope } from '@/lib/api/scopes';
import { MANAGEMENT_SCOPE } from '@/lib/management/scopes';
import { generateClientSecret, hashClientSecret, secretMode } from './secrets';

export interface NewApiClient {
  entityUuid: string;
  name: string;
  scopes: Scope[];
  /** Set for a wallet-level client, which reaches only this wallet. */
  walletUuid?: string | null;
}

/**
 * Creates an API client and returns its secret: the only time the secret exists outside a hash.
 * Pass the caller's transaction so the client commits (or not) together with what it belongs to.
 */
export async function createApiClient(db: DbOrTx, actor: Actor, input: NewApiClient) {
  if (input.scopes.includes(MANAGEMENT_SCOPE)) await assertPlatformAccount(db, input.entityUuid);
  const clientSecret = generateClientSecret(secretMode());
  const [client] = await db
    .insert(apiClient)
    .values({
      entityUuid: input.entityUuid,
      walletUuid: input.walletUuid ?? null,
      name: input.name,
      scopes: input.scopes,
      secretHash: hashClientSecret(clientSecret),
      secretLastFour: clientSecret.slice(-4),
    })
    .returning();
  await recordAudit(db, actor, {
    action: 'api_client.created',
    subjectType: 'api_client',
    subjectId: client!.clientId,
    data: { scopes: input.scopes, wallet_uuid: input.walletUuid ?? null },
  });
  return { client: client!, clientSecret };
}

/** The management scope reaches every account, so only the platform's own clients may hold it. */
async function assertPlatformAccount(db: DbOrTx, entityUuid: string): Promise<void> {
  const [row] = await db.select({ kind: account.kind }).from(account).where(eq(account.entityUuid, entityUuid));
  if (row?.kind !== 'platform') {
    throw commonErrors.forbidden(
      `Only the platform's credentials may hold ${MANAGEMENT_SCOPE}`,
      `Apenas as credenciais da plataforma podem ter ${MANAGEMENT_SCOPE}`,
      { refused_scope: MANAGEMENT_SCOPE },
    );
  }
}
