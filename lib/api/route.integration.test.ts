import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { wallet } from '@/db/schema';
import { callerFromApi, canReachWallet } from '@/lib/auth/caller';
import { commonErrors } from '@/lib/errors/common';
import { callRoute, createTestApiClient } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { createTestAccount } from '@/lib/testing/factories';
import { apiRoute } from './route';
import { signAccessToken } from './token';

const db = await testDb();

// Route-like handlers built with the door, as the domain routes are.
const bodySchema = z.object({ name: z.string().min(1), currency: z.enum(['BRL', 'MXN']) });
const routes = {
  a55: apiRoute({ dialect: 'a55', scope: 'wallet:write', body: bodySchema, handler: async ({ body }) => ({ status: 201, body }) }),
  qi: apiRoute({ dialect: 'qi', scope: 'credit:write', body: bodySchema, handler: async ({ body }) => ({ status: 201, body }) }),
  crash: apiRoute({
    dialect: 'a55',
    scope: 'wallet:read',
    handler: async () => {
      throw new Error('connection string postgres://secret@db leaked');
    },
  }),
  walletGet: apiRoute({
    dialect: 'a55',
    scope: 'wallet:read',
    params: z.object({ wallet_uuid: z.uuid() }),
    handler: async ({ actor, params }) => {
      if (!canReachWallet(callerFromApi(actor), params.wallet_uuid)) {
        throw commonErrors.forbidden('This client cannot reach that wallet', 'Este cliente não alcança essa carteira');
      }
      return { body: { wallet_uuid: params.wallet_uuid } };
    },
  }),
};

async function tenant() {
  const { account, merchant } = await createTestAccount(db);
  const paymentWallet = async (currency: 'BRL' | 'MXN') => {
    const [row] = await db
      .insert(wallet)
      .values({
        entityUuid: account.entityUuid,
        merchantUuid: merchant.merchantUuid,
        kind: 'payment',
        currency,
        status: 'active',
        customerId: randomUUID(),
        name: 'W',
        email: 'w@example.test',
      })
      .returning();
    return row!;
  };
  return { account, paymentWallet };
}

describe('apiRoute: authentication', () => {
  it('answers 401 in the route dialect when the token is missing, malformed, forged or expired', async () => {
    const { account } = await tenant();
    const { client } = await createTestApiClient(db, { entityUuid: account.entityUuid, scopes: ['wallet:write', 'credit:write'] });
    const claims = { clientId: client.clientId, entityUuid: account.entityUuid, walletUuid: null, scopes: ['wallet:write' as const] };
    const expired = await signAccessToken(claims, new Date(Date.now() - 2 * 3600 * 1000));
    const forged = await new SignJWT({ entity_uuid: account.entityUuid, scope: 'wallet:write' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(client.clientId)
      .setIssuer('wallet-platform')
      .setAudience('wallet-platform-api')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('a-different-secret-of-at-least-32-characters'));
    const body = { name: 'x', currency: 'BRL' };

    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Basic abc' },
      { authorization: 'Bearer not-a-jwt' },
      { authorization: `Bearer ${expired}` },
      { authorization: `Bearer ${forged}` },
    ];
    for (const headers of attempts) {
      const a55 = await callRoute(routes.a55, { path: '/x', body, headers });
      expect(a55.status).toBe(401);
      expect(a55.body).toMatchObject({ error: 'unauthorized', code: 'unauthorized', message: expect.any(String) });
      const qi = await callRoute(routes.qi, { path: '/x', body, headers });
      expect(qi.status).toBe(401);
      expect(qi.body).toEqual({ title: 'Unauthorized', description: expect.any(String), translation: expect.any(String), code: 'unauthorized', extra_fields: {} });
    }
  });

  it('refuses a token whose scopes lack the route scope with 403 naming it', async () => {
    const { account } = await tenant();
    const { token } = await createTestApiClient(db, { entityUuid: account.entityUuid, scopes: ['wallet:read'] });
    const a55 = await callRoute(routes.a55, { path: '/x', token, body: { name: 'x', currency: 'BRL' } });
    expect(a55).toMatchObject({ status: 403, body: { error: 'forbidden', code: 'forbidden', details: { missing_scope: 'wallet:write' } } });
    expect(a55.body.message).toContain('wallet:write');
    const qi = await callRoute(routes.qi, { path: '/x', token, body: { name: 'x', currency: 'BRL' } });
    expect(qi).toMatchObject({ status: 403, body: { title: 'Forbidden', code: 'forbidden', extra_fields: { missing_scope: 'credit:write' } } });
  });
});

describe('apiRoute: input', () => {
  it('answers 400 for invalid JSON and lists the bad fields, in each dialect', async () => {
    const { account } = await tenant();
    const { token } = await createTestApiClient(db, { entityUuid: account.entityUuid, scopes: ['wallet:write', 'credit:write'] });

    const badJson = await callRoute(routes.a55, { path: '/x', token, rawBody: '{"name": ' });
    expect(badJson).toMatchObject({ status: 400, body: { error: 'validation_error', code: 'invalid_json' } });
    const badJsonQi = await callRoute(routes.qi, { path: '/x', token, rawBody: '{"name": ' });
    expect(badJsonQi).toMatchObject({ status: 400, body: { title: 'Bad Request', code: 'invalid_json' } });

    const a55 = await callRoute(routes.a55, { path: '/x', token, body: { name: '', currency: 'EUR' } });
    expect(a55.status).toBe(400);
    expect(a55.body).toMatchObject({ error: 'validation_error', code: 'validation_error', message: 'Missing or invalid fields: name, currency' });
    const qi = await callRoute(routes.qi, { path: '/x', token, body: { currency: 'EUR' } });
    expect(qi.status).toBe(400);
    expect(qi.body).toMatchObject({ code: 'QIT000001', description: 'Schema Error' });
    expect(Object.keys(qi.body.extra_fields)).toEqual(['name', 'currency']);
  });
});

describe('apiRoute: failures', () => {
  it('turns an unexpected exception into a 500 carrying the request id and no internals', async () => {
    const { account } = await tenant();
    const { token } = await createTestApiClient(db, { entityUuid: account.entityUuid, scopes: ['wallet:read'] });
    const result = await callRoute(routes.crash, { path: '/x', token, headers: { 'x-request-id': 'req-crash-0001' } });
    expect(result.status).toBe(500);
    expect(result.headers.get('x-request-id')).toBe('req-crash-0001');
    expect(result.body).toMatchObject({ error: 'internal_error', code: 'internal_error', details: { request_id: 'req-crash-0001' } });
    expect(JSON.stringify(result.body)).not.toContain('postgres://');
  });
});

describe('apiRoute: wallet-level reach', () => {
  it('lets a wallet-level client reach its own wallet only, and an account-level client every wallet', async () => {
    const { account, paymentWallet } = await tenant();
    const [own, other] = [await paymentWallet('BRL'), await paymentWallet('MXN')];
    const walletLevel = await createTestApiClient(db, { entityUuid: account.entityUuid, scopes: ['wallet:read'], walletUuid: own.walletUuid });
    const accountLevel = await createTestApiClient(db, { entityUuid: account.entityUuid, scopes: ['wallet:read'] });
    const get = (token: string, walletUuid: string) => callRoute(routes.walletGet, { path: `/w/${walletUuid}`, token, params: { wallet_uuid: walletUuid } });

    expect((await get(walletLevel.token, own.walletUuid)).status).toBe(200);
    expect(await get(walletLevel.token, other.walletUuid)).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    expect((await get(accountLevel.token, own.walletUuid)).status).toBe(200);
    expect((await get(accountLevel.token, other.walletUuid)).status).toBe(200);
  });
});
