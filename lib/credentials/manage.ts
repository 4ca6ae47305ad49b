import { and, count, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { apiClient } from '@/db/schema';
import { isScope } from '@/lib/api/scopes';
import { recordAudit } from '@/lib/audit/record';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { AppError } from '@/lib/errors/app-error';
import { commonErrors } from '@/lib/errors/common';
import { keyset, type ListPage } from '@/lib/pagination/keyset';
import { createApiClient } from './create';
import type { ApiClientListQuery, createCredentialsSchema } from './schemas';
import { generateClientSecret, hashClientSecret, secretMode } from './secrets';
import type { z } from 'zod';

/** How long the secret replaced by a rotation keeps working, so integrations can switch without downtime. */
export const ROTATION_GRACE_HOURS = 24;

/** What the dashboard shows of a client: never a secret or its hash. */
export interface ApiClientSummary {
  clientId: string;
  name: string;
  scopes: string[];
  walletUuid: string | null;
  secretLastFour: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  previousSecretExpiresAt: Date | null;
}

const summaryColumns = {
  clientId: apiClient.clientId,
  name: apiClient.name,
  scopes: apiClient.scopes,
  walletUuid: apiClient.walletUuid,
  secretLastFour: apiClient.secretLastFour,
  createdAt: apiClient.createdAt,
  lastUsedAt: apiClient.lastUsedAt,
  revokedAt: apiClient.revokedAt,
  previousSecretExpiresAt: apiClient.previousSecretExpiresAt,
};

// Newest first on api_client_entity_created_idx (entity_uuid, created_at, client_id) read backwards.
const clientOrder = keyset({ createdAt: apiClient.createdAt, id: apiClient.clientId });

/** A page of the caller's clients, newest first (a wallet-level caller sees only its wallet's). */
export async function listApiClients(
  db: DbOrTx,
  caller: Caller,
  query: ApiClientListQuery = { limit: 50 },
): Promise<ListPage<ApiClientSummary>> {
  const window = { cursor: query.starting_after, limit: query.limit, offset: 0 };
  const [rows, [totals]] = await Promise.all([
    db
      .select({ ...summaryColumns, ...clientOrder.position })
      .from(apiClient)
      .where(and(reachable(caller), clientOrder.seek(window)))
      .orderBy(...clientOrder.orderBy)
      .limit(clientOrder.fetch(window)),
    db.select({ total: count() }).from(apiClient).where(reachable(caller)),
  ]);
  return clientOrder.page(window, rows, totals?.total ?? 0);
}

/** Account-level credentials with the chosen scopes; the secret in the answer is its only copy. */
export async function createAccountCredentials(db: Db, caller: Caller, input: z.output<typeof createCredentialsSchema>) {
  const { client, clientSecret } = await db.transaction((tx) =>
    createApiClient(tx, caller, { entityUuid: caller.entityUuid, name: input.name, scopes: input.scopes, walletUuid: caller.walletUuid }),
  );
  return { client: toSummary(client), clientSecret };
}

/**
 * A new secret for the same client id. The replaced secret keeps working for 24 hours; one rotated
 * earlier stops at once (only one previous secret is kept).
 */
export async function rotateApiClientSecret(db: Db, caller: Caller, input: { clientId: string }) {
  return db.transaction(async (tx) => {
    const [client] = await tx
      .select()
      .from(apiClient)
      .where(and(eq(apiClient.clientId, input.clientId), reachable(caller)))
      .for('update');
    if (!client) throw notFound();
    if (client.revokedAt) throw revoked();
    const clientSecret = generateClientSecret(secretMode());
    const [rotated] = await tx
      .update(apiClient)
      .set({
        secretHash: hashClientSecret(clientSecret),
        secretLastFour: clientSecret.slice(-4),
        previousSecretHash: client.secretHash,
        previousSecretExpiresAt: sql`now() + make_interval(hours => ${ROTATION_GRACE_HOURS})`,
      })
      .where(eq(apiClient.clientId, client.clientId))
      .returning();
    await recordAudit(tx, caller, { action: 'api_client.rotated', subjectType: 'api_client', subjectId: client.clientId });
    return { client: toSummary(rotated!), clientSecret };
  });
}

/** Revokes a client: its secrets stop working and its outstanding tokens are refused at once. */
export async function revokeApiClient(db: Db, caller: Caller, input: { clientId: string }): Promise<ApiClientSummary> {
  return db.transaction(async (tx) => {
    const [client] = await tx
      .update(apiClient)
      .set({ revokedAt: sql`now()`, previousSecretHash: null, previousSecretExpiresAt: null })
      .where(and(eq(apiClient.clientId, input.clientId), reachable(caller), isNull(apiClient.revokedAt)))
      .returning(summaryColumns);
    if (client) {
      await recordAudit(tx, caller, { action: 'api_client.revoked', subjectType: 'api_client', subjectId: client.clientId });
      return client;
    }
    // Already revoked is success, so a double click or a retry is harmless.
    const [existing] = await tx.select(summaryColumns).from(apiClient).where(and(eq(apiClient.clientId, input.clientId), reachable(caller)));
    if (!existing) throw notFound();
    return existing;
  });
}

function reachable(caller: Caller): SQL {
  return ownedBy(apiClient, caller);
}

function toSummary(client: typeof apiClient.$inferSelect): ApiClientSummary {
  return {
    clientId: client.clientId,
    name: client.name,
    scopes: client.scopes.filter(isScope),
    walletUuid: client.walletUuid,
    secretLastFour: client.secretLastFour,
    createdAt: client.createdAt,
    lastUsedAt: client.lastUsedAt,
    revokedAt: client.revokedAt,
    previousSecretExpiresAt: client.previousSecretExpiresAt,
  };
}

const notFound = () => commonErrors.notFound('API client not found', 'Cliente de API não encontrado');
const revoked = () =>
  new AppError({
    status: 409,
    code: 'api_client_revoked',
    message: 'Revoked credentials cannot be rotated; create new ones',
    translation: 'Credenciais revogadas não podem ser rotacionadas; crie novas',
  });
