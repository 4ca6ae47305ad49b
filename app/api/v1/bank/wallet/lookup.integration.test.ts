import { describe, expect, it } from 'vitest';
import { callRoute } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { seedWallet, walletLevelToken, walletTenant } from '@/lib/wallets/test-fixtures';
import { GET } from './route';

const db = await testDb();
const lookup = (token: string, query: Record<string, string>) =>
  callRoute(GET, { path: `/api/v1/bank/wallet/?${new URLSearchParams(query)}`, token });

describe('GET /api/v1/bank/wallet/?wallet_uuid=|email=|customer_id=[&currency=]', () => {
  it('finds one wallet by wallet_uuid, by email (any case) and by customer_id narrowed by currency', async () => {
    const tenant = await walletTenant(db);
    const brl = await seedWallet(db, tenant, { customer_id: 'cust_1', email: 'Finance@Shop.test' });
    const mxn = await seedWallet(db, tenant, { customer_id: 'cust_1', email: 'mx@shop.test', currency: 'MXN' });

    const byUuid = await lookup(tenant.token, { wallet_uuid: brl.walletUuid });
    expect(byUuid.status).toBe(200);
    expect(byUuid.body).toMatchObject({ wallet_uuid: brl.walletUuid, email: 'Finance@Shop.test', customer_id: 'cust_1', status: 'active', balance: '0.00' });
    expect((await lookup(tenant.token, { email: 'finance@shop.TEST' })).body.wallet_uuid).toBe(brl.walletUuid);
    expect((await lookup(tenant.token, { customer_id: 'cust_1', currency: 'MXN' })).body.wallet_uuid).toBe(mxn.walletUuid);
  });

  it('says when the criteria fit several wallets instead of picking one', async () => {
    const tenant = await walletTenant(db);
    await seedWallet(db, tenant, { customer_id: 'cust_2' });
    await seedWallet(db, tenant, { customer_id: 'cust_2', currency: 'CLP' });
    const res = await lookup(tenant.token, { customer_id: 'cust_2' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'errors.wallet.ambiguous_lookup', details: { matches: 2 } });
  });

  it('answers 404 when nothing of the account matches and 400 without any criterion', async () => {
    const tenant = await walletTenant(db);
    const other = await walletTenant(db);
    await seedWallet(db, other, { customer_id: 'theirs' });
    const foreign = await lookup(tenant.token, { customer_id: 'theirs' });
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('errors.wallet.not_found');

    const none = await lookup(tenant.token, { currency: 'BRL' });
    expect(none.status).toBe(400);
    expect(none.body).toMatchObject({ error: 'validation_error' });
    expect(none.body.message).toContain('wallet_uuid');
  });

  it('lets a wallet-level token find only its own wallet', async () => {
    const tenant = await walletTenant(db);
    const own = await seedWallet(db, tenant, { customer_id: 'shared' });
    await seedWallet(db, tenant, { customer_id: 'shared', currency: 'ARS' });
    const token = await walletLevelToken(db, tenant, own.walletUuid, ['wallet:read']);
    expect((await lookup(token, { customer_id: 'shared' })).body.wallet_uuid).toBe(own.walletUuid);
    expect((await lookup(token, { customer_id: 'shared', currency: 'ARS' })).status).toBe(404);
  });
});
