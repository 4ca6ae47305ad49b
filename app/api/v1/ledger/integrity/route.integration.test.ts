import { describe, expect, it } from 'vitest';
import { depositForTest } from '@/lib/ledger/testing';
import { callRoute } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { seedWallet, walletLevelToken, walletTenant } from '@/lib/wallets/test-fixtures';
import { GET } from './route';

const db = await testDb();
const get = (token: string) => callRoute(GET, { path: '/api/v1/ledger/integrity/', token });

describe('GET /api/v1/ledger/integrity/', () => {
  it("checks an account-level token's whole account and a wallet-level token's wallet", async () => {
    const tenant = await walletTenant(db);
    const brl = await seedWallet(db, tenant);
    const clp = await seedWallet(db, tenant, { currency: 'CLP' });
    await depositForTest(db, brl, 100n);
    await depositForTest(db, clp, 7n);

    const account = await get(tenant.token);
    expect(account.status).toBe(200);
    expect(account.body).toMatchObject({
      ok: true,
      entity_uuid: tenant.account.entityUuid,
      wallet_uuid: null,
      accounts: 4, // each wallet's available and each currency's Pix clearing
      transactions: 2,
      mismatched_accounts: [],
      unbalanced_transactions: [],
      negative_accounts: [],
    });
    expect(Date.parse(account.body.checked_at)).not.toBeNaN();

    const confined = await get(await walletLevelToken(db, tenant, clp.walletUuid, ['wallet:read']));
    expect(confined.body).toMatchObject({ ok: true, wallet_uuid: clp.walletUuid, accounts: 1, transactions: 1 });
  });

  it('answers 401 without a token and 403 without wallet:read', async () => {
    expect((await callRoute(GET, { path: '/api/v1/ledger/integrity/' })).status).toBe(401);
    expect((await get((await walletTenant(db, ['wallet:write'])).token)).status).toBe(403);
  });
});
