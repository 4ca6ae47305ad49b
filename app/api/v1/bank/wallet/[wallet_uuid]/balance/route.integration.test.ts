import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { walletAccount } from '@/lib/ledger/accounts';
import { move } from '@/lib/ledger/test-fixtures';
import { depositForTest } from '@/lib/ledger/testing';
import { callRoute } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { seedWallet, walletLevelToken, walletTenant } from '@/lib/wallets/test-fixtures';
import { GET } from './route';
import { GET as getWallet } from '../route';

const db = await testDb();
const get = (token: string, walletUuid: string) =>
  callRoute(GET, { path: `/api/v1/bank/wallet/${walletUuid}/balance/`, token, params: { wallet_uuid: walletUuid } });

describe('GET /api/v1/bank/wallet/{wallet_uuid}/balance/', () => {
  it('answers available, pending and reserved as exact decimals; available is the wallet’s balance', async () => {
    const tenant = await walletTenant(db);
    const brl = await seedWallet(db, tenant);
    await depositForTest(db, brl, 1234567890123456789n);
    await depositForTest(db, brl, 5n, 'pending');
    await move(db, brl, 'payout_requested', await walletAccount(db, brl, 'available'), await walletAccount(db, brl, 'reserved'), 89n);

    const res = await get(tenant.token, brl.walletUuid);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ wallet_uuid: brl.walletUuid, currency: 'BRL', available: '12345678901234567.00', pending: '0.05', reserved: '0.89' });
    const wallet = await callRoute(getWallet, { path: `/api/v1/bank/wallet/${brl.walletUuid}/`, token: tenant.token, params: { wallet_uuid: brl.walletUuid } });
    expect(wallet.body.balance).toBe(res.body.available);
  });

  it('answers zeros in the currency’s unit for a wallet that never moved money', async () => {
    const tenant = await walletTenant(db);
    const clp = await seedWallet(db, tenant, { currency: 'CLP' });
    expect((await get(tenant.token, clp.walletUuid)).body).toEqual({ wallet_uuid: clp.walletUuid, currency: 'CLP', available: '0', pending: '0', reserved: '0' });
  });

  it("answers another account's wallet, a sibling for a wallet-level token and a missing one exactly alike", async () => {
    const tenant = await walletTenant(db);
    const own = await seedWallet(db, tenant);
    const sibling = await seedWallet(db, tenant, { currency: 'MXN' });
    const theirs = await seedWallet(db, await walletTenant(db));
    const confined = await walletLevelToken(db, tenant, own.walletUuid, ['wallet:read']);
    const missing = await get(tenant.token, randomUUID());
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: 'not_found', message: 'Wallet not found', code: 'errors.wallet.not_found' });
    for (const refused of [await get(tenant.token, theirs.walletUuid), await get(confined, sibling.walletUuid)]) {
      expect(refused.status).toBe(404);
      expect(JSON.stringify(refused.body)).toBe(JSON.stringify(missing.body));
    }
    expect((await get(confined, own.walletUuid)).status).toBe(200);
  });

  it('answers 400 for a malformed id, 401 without a token and 403 without wallet:read', async () => {
    const tenant = await walletTenant(db);
    const own = await seedWallet(db, tenant);
    expect((await get(tenant.token, 'not-a-uuid')).status).toBe(400);
    expect((await callRoute(GET, { path: '/x', params: { wallet_uuid: own.walletUuid } })).status).toBe(401);
    expect((await get((await walletTenant(db, ['wallet:write'])).token, own.walletUuid)).status).toBe(403);
  });
});
