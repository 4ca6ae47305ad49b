import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { apiClient } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { getPaymentWallet } from './queries';

/** The API clients confined to one wallet, newest first: what they are, never their secrets. */
export async function listWalletClients(db: DbOrTx, caller: Caller, walletUuid: string) {
  const found = await getPaymentWallet(db, caller, walletUuid);
  return db
    .select({
      clientId: apiClient.clientId,
      name: apiClient.name,
      scopes: apiClient.scopes,
      secretLastFour: apiClient.secretLastFour,
      createdAt: apiClient.createdAt,
      lastUsedAt: apiClient.lastUsedAt,
      revokedAt: apiClient.revokedAt,
    })
    .from(apiClient)
    .where(and(ownedBy(apiClient, caller), eq(apiClient.walletUuid, found.walletUuid)))
    .orderBy(desc(apiClient.createdAt));
}
