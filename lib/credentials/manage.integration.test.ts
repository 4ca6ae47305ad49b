import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { apiClient, auditEvent } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { testDb } from '@/lib/testing/db';
import { createTestAccount } from '@/lib/testing/factories';
import { createAccountCredentials, listApiClients, revokeApiClient, rotateApiClientSecret } from './manage';
import { createCredentialsSchema } from './schemas';
import { secretMatches } from './secrets';

const db = await testDb();

async function dashboardCaller(): Promise<Caller> {
  const { account, user } = await createTestAccount(db);
  return { type: 'user', id: user.id, entityUuid: account.entityUuid, walletUuid: null };
}

describe('credentials management', () => {
  it('creates account-level credentials whose secret is kept only as a hash, audited', async () => {
    const caller = await dashboardCaller();
    const input = createCredentialsSchema.parse({ name: '  ERP integration ', scopes: ['wallet:read', 'charge:create'] });
    const { client, clientSecret } = await createAccountCredentials(db, caller, input);
    expect(client).toMatchObject({ name: 'ERP integration', scopes: ['wallet:read', 'charge:create'], walletUuid: null, secretLastFour: clientSecret.slice(-4) });
    expect(client).not.toHaveProperty('secretHash');

    const [row] = await db.select().from(apiClient).where(eq(apiClient.clientId, client.clientId));
    expect(row!.secretHash).not.toContain(clientSecret);
    expect(secretMatches(clientSecret, row!.secretHash)).toBe(true);
    const audits = await db.select().from(auditEvent).where(and(eq(auditEvent.subjectId, client.clientId), eq(auditEvent.action, 'api_client.created')));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorType: 'user', actorId: caller.id, entityUuid: caller.entityUuid });
  });

  it('refuses credentials without a name or scopes, or with unknown scopes', () => {
    expect(createCredentialsSchema.safeParse({ name: ' ', scopes: ['wallet:read'] }).success).toBe(false);
    expect(createCredentialsSchema.safeParse({ name: 'x', scopes: [] }).success).toBe(false);
    expect(createCredentialsSchema.safeParse({ name: 'x', scopes: ['admin:everything'] }).success).toBe(false);
  });

  it('lists only the caller’s own account, newest first, with no secrets', async () => {
    const [mine, theirs] = [await dashboardCaller(), await dashboardCaller()];
    const first = await createAccountCredentials(db, mine, { name: 'first', scopes: ['wallet:read'] });
    const second = await createAccountCredentials(db, mine, { name: 'second', scopes: ['credit:read'] });
    await createAccountCredentials(db, theirs, { name: 'other account', scopes: ['wallet:read'] });

    const listed = (await listApiClients(db, mine)).rows;
    expect(listed.map((c) => c.clientId)).toEqual([second.client.clientId, first.client.clientId]);
    expect(JSON.stringify(listed)).not.toMatch(/sk_(test|live)_|secretHash/);
  });

  it('cannot rotate or revoke another account’s client', async () => {
    const [mine, theirs] = [await dashboardCaller(), await dashboardCaller()];
    const { client } = await createAccountCredentials(db, theirs, { name: 'theirs', scopes: ['wallet:read'] });
    await expect(rotateApiClientSecret(db, mine, { clientId: client.clientId })).rejects.toMatchObject({ status: 404 });
    await expect(revokeApiClient(db, mine, { clientId: client.clientId })).rejects.toMatchObject({ status: 404 });
    await expect(revokeApiClient(db, mine, { clientId: randomUUID() })).rejects.toMatchObject({ status: 404 });
    const [row] = await db.select().from(apiClient).where(eq(apiClient.clientId, client.clientId));
    expect(row!.revokedAt).toBeNull();
  });

  it('revokes once (a second revoke changes nothing) and refuses to rotate revoked credentials', async () => {
    const caller = await dashboardCaller();
    const { client } = await createAccountCredentials(db, caller, { name: 'to revoke', scopes: ['wallet:read'] });
    await rotateApiClientSecret(db, caller, { clientId: client.clientId });
    const revoked = await revokeApiClient(db, caller, { clientId: client.clientId });
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    expect(revoked.previousSecretExpiresAt).toBeNull();
    const again = await revokeApiClient(db, caller, { clientId: client.clientId });
    expect(again.revokedAt).toEqual(revoked.revokedAt);
    await expect(rotateApiClientSecret(db, caller, { clientId: client.clientId })).rejects.toMatchObject({ status: 409, code: 'api_client_revoked' });

    const actions = await db.select({ action: auditEvent.action }).from(auditEvent).where(eq(auditEvent.subjectId, client.clientId));
    expect(actions.map((a) => a.action).sort()).toEqual(['api_client.created', 'api_client.revoked', 'api_client.rotated']);
  });
});
