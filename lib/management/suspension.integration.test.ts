import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvent } from '@/db/schema';
import { callerFromUser, operatorFromUser } from '@/lib/auth/caller';
import { loadSessionUser } from '@/lib/auth/session-user';
import { verifyCredentials } from '@/lib/auth/sign-in';
import { createApiClient } from '@/lib/credentials/create';
import { exchangeClientCredentials } from '@/lib/credentials/exchange';
import { createAccountCredentials } from '@/lib/credentials/manage';
import { isAppError } from '@/lib/errors/app-error';
import { callRoute, createTestApiClient } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { createTestAccount, createTestOperator } from '@/lib/testing/factories';
import { GET as walletsRoute } from '@/app/api/v1/bank/wallets/route';
import { POST as reactivateRoute } from '@/app/api/v1/management/accounts/[entity_uuid]/reactivate/route';
import { POST as suspendRoute } from '@/app/api/v1/management/accounts/[entity_uuid]/suspend/route';
import { GET as listRoute } from '@/app/api/v1/management/accounts/route';
import { reactivateAccount, suspendAccount } from './suspension';

// Suspension through the management API, seen from every other door: a live API token, the token
// exchange, the sign-in and an open session. Reactivation restores all of them.

const db = await testDb();
const { account: platform, user: operatorUser } = await createTestOperator(db);
const { token: managementToken } = await createTestApiClient(db, { entityUuid: platform.entityUuid, scopes: ['management:accounts'] });

const manage = (action: 'suspend' | 'reactivate', entityUuid: string) =>
  callRoute(action === 'suspend' ? suspendRoute : reactivateRoute, {
    method: 'POST',
    path: `/api/v1/management/accounts/${entityUuid}/${action}`,
    token: managementToken,
    params: { entity_uuid: entityUuid },
  });

/** What each door answers the account's member and client now. */
async function doors(tenant: { token: string; clientId: string; clientSecret: string; email: string; password: string; userId: string }) {
  const wallets = await callRoute(walletsRoute, { path: '/api/v1/bank/wallets/', token: tenant.token });
  const exchange = await exchangeClientCredentials(db, { clientId: tenant.clientId, clientSecret: tenant.clientSecret, ip: `198.51.100.${Math.floor(Math.random() * 250)}` }).then(
    () => 'token',
    (error: unknown) => (isAppError(error) ? `${error.status} ${error.code}` : Promise.reject(error)),
  );
  const signIn = await verifyCredentials(db, { email: tenant.email, password: tenant.password, ip: `203.0.113.${Math.floor(Math.random() * 250)}` }).then(
    () => 'signed in',
    (error: unknown) => (isAppError(error) ? `${error.status} ${error.code}` : Promise.reject(error)),
  );
  const session = (await loadSessionUser(db, tenant.userId)) ? 'session' : 'no session';
  return { wallets: wallets.status, exchange, signIn, session };
}

async function tenant() {
  const { account, user, password } = await createTestAccount(db);
  const { token } = await createTestApiClient(db, { entityUuid: account.entityUuid, scopes: ['wallet:read'] });
  const { client, clientSecret } = await createApiClient(db, callerFromUser(user), { entityUuid: account.entityUuid, name: 'erp', scopes: ['wallet:read'] });
  return { account, token, clientId: client.clientId, clientSecret, email: user.email, password, userId: user.id };
}

describe('suspending an account', () => {
  it('cuts off its live token, its token exchange, its sign-in and its session at once; reactivating restores them', async () => {
    const t = await tenant();
    expect(await doors(t)).toEqual({ wallets: 200, exchange: 'token', signIn: 'signed in', session: 'session' });

    const suspended = await manage('suspend', t.account.entityUuid);
    expect(suspended.status).toBe(200);
    expect(suspended.body).toMatchObject({ status: 'suspended', suspended_at: expect.any(String) });
    expect(await doors(t)).toEqual({ wallets: 401, exchange: '401 invalid_client', signIn: '403 account_suspended', session: 'no session' });

    const reactivated = await manage('reactivate', t.account.entityUuid);
    expect(reactivated.body).toMatchObject({ status: 'active', suspended_at: null });
    expect(await doors(t)).toEqual({ wallets: 200, exchange: 'token', signIn: 'signed in', session: 'session' });
  });

  it('is idempotent either way, with one audit event per change naming the operator', async () => {
    const t = await tenant();
    const operator = operatorFromUser(operatorUser);
    const first = await suspendAccount(db, operator, t.account.entityUuid);
    const second = await suspendAccount(db, operator, t.account.entityUuid);
    expect(second.suspendedAt).toEqual(first.suspendedAt);
    await reactivateAccount(db, operator, t.account.entityUuid);
    await reactivateAccount(db, operator, t.account.entityUuid);
    const events = await db.select().from(auditEvent).where(eq(auditEvent.entityUuid, t.account.entityUuid));
    expect(events.filter((e) => e.action.startsWith('account.')).map((e) => [e.action, e.actorType, e.actorId])).toEqual([
      ['account.suspended', 'user', operatorUser.id],
      ['account.reactivated', 'user', operatorUser.id],
    ]);
  });

  it('refuses anyone but an operator, whatever is passed as one', async () => {
    const t = await tenant();
    const member = await createTestAccount(db);
    const forged = { kind: 'operator', type: 'user', id: member.user.id } as unknown as Parameters<typeof suspendAccount>[1];
    await expect(suspendAccount(db, forged, t.account.entityUuid)).rejects.toMatchObject({ status: 403 });
    expect(() => operatorFromUser(member.user)).toThrow();
  });
});

describe('management credentials', () => {
  it('cannot be minted in a merchant account, even by its owner', async () => {
    const { user } = await createTestAccount(db);
    await expect(createAccountCredentials(db, callerFromUser(user), { name: 'sneaky', scopes: ['management:accounts'] })).rejects.toMatchObject({
      status: 403,
      details: { refused_scope: 'management:accounts' },
    });
  });

  it('are minted by an operator in the platform account, and their exchanged token manages accounts', async () => {
    const { client, clientSecret } = await createAccountCredentials(db, callerFromUser(operatorUser), { name: 'onboarding integration', scopes: ['management:accounts'] });
    const { access_token } = await exchangeClientCredentials(db, { clientId: client.clientId, clientSecret, ip: '192.0.2.10' });
    const res = await callRoute(listRoute, { path: '/api/v1/management/accounts?limit=1', token: access_token });
    expect(res.status).toBe(200);
  });
});
