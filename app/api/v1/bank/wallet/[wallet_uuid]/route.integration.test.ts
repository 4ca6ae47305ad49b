import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { wallet } from '@/db/schema';
import { depositForTest } from '@/lib/ledger/testing';
import { callRoute } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { seedWallet, walletLevelToken, walletTenant } from '@/lib/wallets/test-fixtures';
import { GET } from './route';

const db = await testDb();
const get = (token: string, walletUuid: string) =>
  callRoute(GET, { path: `/api/v1/bank/wallet/${walletUuid}/`, token, params: { wallet_uuid: walletUuid } });

describe('GET /api/v1/bank/wallet/{wallet_uuid}/', () => {
  it('shows status, currency, an exact balance in the minor unit and the creation time', async () => {
    const tenant = await walletTenant(db);
    const brl = await seedWallet(db, tenant);
    // The balance is the wallet's available ledger account, so money arrives by a balanced posting.
    await depositForTest(db, brl, 1234567890123456789n);
    const clp = await seedWallet(db, tenant, { currency: 'CLP' });

    const res = await get(tenant.token, brl.walletUuid);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ wallet_uuid: brl.walletUuid, currency: 'BRL', status: 'active', balance: '12345678901234567.89' });
    expect(new Date(res.body.created_at).toISOString()).toBe(brl.createdAt.toISOString());
    expect((await get(tenant.token, clp.walletUuid)).body.balance).toBe('0');
  });

  it("answers another account's wallet exactly like a missing one", async () => {
    const tenant = await walletTenant(db);
    const other = await walletTenant(db);
    const theirs = await seedWallet(db, other);
    const foreign = await get(tenant.token, theirs.walletUuid);
    const missing = await get(tenant.token, randomUUID());
    expect(foreign.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(JSON.stringify(foreign.body)).toBe(JSON.stringify(missing.body));
    expect(foreign.body).toEqual({ error: 'not_found', message: 'Wallet not found', code: 'errors.wallet.not_found' });
  });

  it('shows a wallet-level token its own wallet only', async () => {
    const tenant = await walletTenant(db);
    const own = await seedWallet(db, tenant);
    const sibling = await seedWallet(db, tenant, { currency: 'MXN' });
    const token = await walletLevelToken(db, tenant, own.walletUuid, ['wallet:read']);
    expect((await get(token, own.walletUuid)).status).toBe(200);
    const refused = await get(token, sibling.walletUuid);
    expect(refused.status).toBe(404);
    expect(JSON.stringify(refused.body)).toBe(JSON.stringify((await get(token, randomUUID())).body));
  });

  it('does not show credit wallets on the payment wallet route', async () => {
    const tenant = await walletTenant(db);
    const [credit] = await db
      .insert(wallet)
      .values({ entityUuid: tenant.account.entityUuid, kind: 'credit', currency: 'BRL', status: 'active' })
      .returning();
    expect((await get(tenant.token, credit!.walletUuid)).status).toBe(404);
  });

  it('answers 400 for a malformed id, 401 without a token and 403 without wallet:read', async () => {
    const tenant = await walletTenant(db);
    const own = await seedWallet(db, tenant);
    const malformed = await get(tenant.token, 'not-a-uuid');
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toContain('wallet_uuid');
    expect((await callRoute(GET, { path: '/x', params: { wallet_uuid: own.walletUuid } })).status).toBe(401);
    const writer = await walletTenant(db, ['wallet:write']);
    expect((await get(writer.token, own.walletUuid)).status).toBe(403);
  });
});
