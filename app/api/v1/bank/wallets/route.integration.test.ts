import { describe, expect, it } from 'vitest';
import { callRoute } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { deactivatePaymentWallet } from '@/lib/wallets/lifecycle';
import { seedWallet, walletLevelToken, walletTenant } from '@/lib/wallets/test-fixtures';
import { GET } from './route';

const db = await testDb();
const list = (token: string, query: Record<string, string> = {}) =>
  callRoute(GET, { path: `/api/v1/bank/wallets/?${new URLSearchParams(query)}`, token });

describe('GET /api/v1/bank/wallets/', () => {
  it('pages newest first in the A55 list shape', async () => {
    const tenant = await walletTenant(db);
    const made = [];
    for (const currency of ['BRL', 'MXN', 'CLP'] as const) made.push(await seedWallet(db, tenant, { currency }));

    const first = await list(tenant.token, { limit: '2' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ page: 1, limit: 2, total: 3, pages: 2 });
    expect(first.body.data.map((w: { wallet_uuid: string }) => w.wallet_uuid)).toEqual([made[2]!.walletUuid, made[1]!.walletUuid]);
    const second = await list(tenant.token, { limit: '2', page: '2' });
    expect(second.body.data.map((w: { wallet_uuid: string }) => w.wallet_uuid)).toEqual([made[0]!.walletUuid]);
    expect(second.body.data[0]).toMatchObject({ currency: 'BRL', status: 'active', balance: '0.00' });
  });

  it('filters by currency, status and merchant', async () => {
    const tenant = await walletTenant(db);
    const brl = await seedWallet(db, tenant);
    const mxn = await seedWallet(db, tenant, { currency: 'MXN' });
    await deactivatePaymentWallet(db, tenant.caller, mxn.walletUuid);
    const other = await seedWallet(db, tenant, { merchant_uuid: undefined, name: 'Second shop' });

    expect((await list(tenant.token, { currency: 'MXN' })).body.data.map((w: { wallet_uuid: string }) => w.wallet_uuid)).toEqual([mxn.walletUuid]);
    expect((await list(tenant.token, { status: 'deactivated' })).body.total).toBe(1);
    const byMerchant = await list(tenant.token, { merchant_uuid: tenant.merchant.merchantUuid });
    expect(byMerchant.body.data.map((w: { wallet_uuid: string }) => w.wallet_uuid).sort()).toEqual([brl.walletUuid, mxn.walletUuid].sort());
    expect((await list(tenant.token, { merchant_uuid: other.merchantUuid! })).body.total).toBe(1);
  });

  it("shows neither other accounts' wallets nor, to a wallet-level token, its siblings", async () => {
    const tenant = await walletTenant(db);
    const other = await walletTenant(db);
    await seedWallet(db, other);
    const own = await seedWallet(db, tenant);
    await seedWallet(db, tenant, { currency: 'ARS' });
    expect((await list(tenant.token)).body.total).toBe(2);
    const token = await walletLevelToken(db, tenant, own.walletUuid, ['wallet:read']);
    const confined = await list(token);
    expect(confined.body).toMatchObject({ total: 1, pages: 1, data: [{ wallet_uuid: own.walletUuid }] });
  });

  it('refuses out-of-range paging and unknown filters values with validation_error', async () => {
    const tenant = await walletTenant(db);
    for (const query of [{ limit: '101' }, { page: '0' }, { currency: 'EUR' }, { status: 'sleeping' }] as Record<string, string>[]) {
      const res = await list(tenant.token, query);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_error');
    }
  });
});
