import type { DbOrTx } from '@/db/client';
import { apiClient } from '@/db/schema';
import { recordAudit, type Actor } from '@/lib/audit/record';
import type { Scope } from '@/lib/api/scopes';
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
