import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { apiClient, auditEvent, merchant, wallet } from '@/db/schema';
import { createTestAccount } from '@/lib/testing/factories';
import { callRoute } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { hashClientSecret } from '@/lib/credentials/secrets';
import { createBody, seedWallet, walletLevelToken, walletTenant } from '@/lib/wallets/test-fixtures';
import { POST } from './route';

const db = await testDb();
const create = (token: string | undefined, body: unknown) => callRoute(POST, { path: '/api/v1/bank/wallet/', token, body });

describe('POST /api/v1/bank/wallet/', () => {
  it('creates a wallet with credentials shown once and stored only as a hash', async () => {
    const tenant = await walletTenant(db);
    const res = await create(tenant.token, createBody(tenant, { create_credentials: true }));

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      entity_uuid: tenant.account.entityUuid,
      merchant_uuid: tenant.merchant.merchantUuid,
      customer_id: 'cust_12345',
      currency: 'BRL',
      name: 'Loja São Paulo — BRL',
      email: 'financeiro@loja-sp.com.br',
      status: 'active',
      balance: '0.00',
      credentials: { grant_type: 'client_credentials', scopes: ['wallet:read', 'wallet:write', 'charge:create', 'charge:read'] },
    });
    const { client_id, client_secret } = res.body.credentials;
    const [client] = await db.select().from(apiClient).where(eq(apiClient.clientId, client_id));
    expect(client).toMatchObject({ walletUuid: res.body.wallet_uuid, entityUuid: tenant.account.entityUuid });
    expect(client!.secretHash).toBe(hashClientSecret(client_secret));
    expect(JSON.stringify(client)).not.toContain(client_secret);

    const actions = await db.select({ action: auditEvent.action }).from(auditEvent).where(eq(auditEvent.entityUuid, tenant.account.entityUuid));
    expect(actions.map((a) => a.action).sort()).toEqual(['api_client.created', 'wallet.created']);
  });

  it('answers without credentials when create_credentials is false', async () => {
    const tenant = await walletTenant(db);
    const res = await create(tenant.token, createBody(tenant, { currency: 'CLP' }));
    expect(res.status).toBe(200);
    expect(res.body).not.toHaveProperty('credentials');
    expect(res.body.balance).toBe('0');
  });

  it('creates a merchant named after the wallet when merchant_uuid is omitted', async () => {
    const tenant = await walletTenant(db);
    const res = await create(tenant.token, createBody(tenant, { merchant_uuid: undefined, name: 'Café & Pão — MXN', currency: 'MXN' }));
    expect(res.status).toBe(200);
    const [created] = await db.select().from(merchant).where(eq(merchant.merchantUuid, res.body.merchant_uuid));
    expect(created).toMatchObject({ entityUuid: tenant.account.entityUuid, name: 'Café & Pão — MXN', softDescription: 'CAFEPAOMXN' });
  });

  it('refuses bad input with validation_error naming every bad field, creating nothing', async () => {
    const tenant = await walletTenant(db);
    const res = await create(tenant.token, { entity_uuid: tenant.account.entityUuid, currency: 'EUR', email: 'nope', create_credentials: 'yes' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'validation_error', code: 'validation_error' });
    for (const field of ['customer_id', 'currency', 'name', 'email', 'create_credentials']) expect(res.body.message).toContain(field);

    const broken = await callRoute(POST, { path: '/api/v1/bank/wallet/', token: tenant.token, rawBody: '{"currency": ' });
    expect(broken.status).toBe(400);
    expect(broken.body.error).toBe('validation_error');
    expect(await db.select().from(wallet).where(eq(wallet.entityUuid, tenant.account.entityUuid))).toHaveLength(0);
  });

  it('answers 401 unauthorized without a valid token and 403 without wallet:write', async () => {
    const tenant = await walletTenant(db);
    for (const token of [undefined, 'not-a-jwt']) {
      const res = await create(token, createBody(tenant));
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('unauthorized');
    }
    const reader = await walletTenant(db, ['wallet:read']);
    expect((await create(reader.token, createBody(reader))).status).toBe(403);
  });

  it('refuses a second wallet of one merchant and currency with 409 errors.wallet.already_exists', async () => {
    const tenant = await walletTenant(db);
    expect((await create(tenant.token, createBody(tenant))).status).toBe(200);
    const second = await create(tenant.token, createBody(tenant, { customer_id: 'other', create_credentials: true }));
    expect(second.status).toBe(409);
    expect(second.body).toEqual({
      error: 'validation_error',
      message: 'Wallet already exists for this merchant and currency',
      code: 'errors.wallet.already_exists',
    });
    // The losing request's credentials rolled back with it.
    const clients = await db.select().from(apiClient).where(eq(apiClient.entityUuid, tenant.account.entityUuid));
    expect(clients).toHaveLength(1);
    expect((await create(tenant.token, createBody(tenant, { currency: 'ARS' }))).status).toBe(200);
  });

  it('lets exactly one of many racing creates for one merchant and currency win', async () => {
    const tenant = await walletTenant(db);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => create(tenant.token, createBody(tenant, { customer_id: `racer-${i}`, create_credentials: true }))),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    const losers = results.filter((r) => r.status !== 200);
    expect(losers).toHaveLength(9);
    for (const loser of losers) expect(loser).toMatchObject({ status: 409, body: { code: 'errors.wallet.already_exists' } });
    const rows = await db
      .select()
      .from(wallet)
      .where(and(eq(wallet.merchantUuid, tenant.merchant.merchantUuid), eq(wallet.currency, 'BRL')));
    expect(rows).toHaveLength(1);
  });

  it('lets a deactivated wallet give its merchant and currency slot to a new one', async () => {
    const tenant = await walletTenant(db);
    const old = await seedWallet(db, tenant);
    await db.update(wallet).set({ status: 'deactivated' }).where(eq(wallet.walletUuid, old.walletUuid));
    expect((await create(tenant.token, createBody(tenant))).status).toBe(200);
  });

  it("refuses another account's entity or merchant exactly as it refuses ones that do not exist", async () => {
    const tenant = await walletTenant(db);
    const other = await createTestAccount(db);

    const foreignEntity = await create(tenant.token, createBody(tenant, { entity_uuid: other.account.entityUuid }));
    const missingEntity = await create(tenant.token, createBody(tenant, { entity_uuid: randomUUID() }));
    expect(foreignEntity.status).toBe(404);
    expect(JSON.stringify(foreignEntity.body)).toBe(JSON.stringify(missingEntity.body));
    expect(missingEntity.status).toBe(404);

    const foreignMerchant = await create(tenant.token, createBody(tenant, { merchant_uuid: other.merchant.merchantUuid }));
    const missingMerchant = await create(tenant.token, createBody(tenant, { merchant_uuid: randomUUID() }));
    expect(foreignMerchant.status).toBe(404);
    expect(missingMerchant.status).toBe(404);
    expect(JSON.stringify(foreignMerchant.body)).toBe(JSON.stringify(missingMerchant.body));
    expect(foreignMerchant.body.code).toBe('errors.merchant.not_found');
    expect(await db.select().from(wallet).where(eq(wallet.merchantUuid, other.merchant.merchantUuid))).toHaveLength(0);
  });

  it('creates one wallet for racing retries with one Idempotency-Key, never replaying the secret', async () => {
    const tenant = await walletTenant(db);
    const headers = { 'Idempotency-Key': randomUUID() };
    const body = createBody(tenant, { create_credentials: true });
    const [a, b] = await Promise.all([0, 1].map(() => callRoute(POST, { path: '/api/v1/bank/wallet/', token: tenant.token, body, headers })));
    const first = [a!, b!].find((r) => r.status === 200 && r.headers.get('Idempotent-Replayed') !== 'true')!;
    expect(first.body.credentials.client_secret).toMatch(/^sk_test_/);
    const replay = await callRoute(POST, { path: '/api/v1/bank/wallet/', token: tenant.token, body, headers });
    expect(replay.status).toBe(200);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect(replay.body).toMatchObject({ wallet_uuid: first.body.wallet_uuid, credentials: { client_id: first.body.credentials.client_id, client_secret: null } });
    expect(await db.select().from(wallet).where(eq(wallet.entityUuid, tenant.account.entityUuid))).toHaveLength(1);
  });

  it("refuses a wallet-level client's attempt to create wallets", async () => {
    const tenant = await walletTenant(db);
    const own = await seedWallet(db, tenant);
    const token = await walletLevelToken(db, tenant, own.walletUuid);
    const res = await create(token, createBody(tenant, { currency: 'MXN' }));
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden');
  });
});
