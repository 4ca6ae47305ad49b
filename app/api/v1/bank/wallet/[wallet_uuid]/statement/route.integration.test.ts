import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { walletAccount } from '@/lib/ledger/accounts';
import { move } from '@/lib/ledger/test-fixtures';
import { depositForTest } from '@/lib/ledger/testing';
import { callRoute } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { seedWallet, walletLevelToken, walletTenant } from '@/lib/wallets/test-fixtures';
import { GET } from './route';

const db = await testDb();
const get = (token: string, walletUuid: string, query = '') =>
  callRoute(GET, { path: `/api/v1/bank/wallet/${walletUuid}/statement/${query}`, token, params: { wallet_uuid: walletUuid } });

describe('GET /api/v1/bank/wallet/{wallet_uuid}/statement/', () => {
  it('answers entries newest first with decimal amounts, and pages by next_cursor', async () => {
    const tenant = await walletTenant(db);
    const wallet = await seedWallet(db, tenant);
    const deposit = await depositForTest(db, wallet, 150075n);
    await move(db, wallet, 'payout_requested', await walletAccount(db, wallet, 'available'), await walletAccount(db, wallet, 'reserved'), 75n);

    const first = await get(tenant.token, wallet.walletUuid, '?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.has_more).toBe(true);
    expect(first.body.data.map((e: { account: string; amount: string; balance_after: string }) => [e.account, e.amount, e.balance_after])).toEqual([
      ['reserved', '0.75', '0.75'],
      ['available', '-0.75', '1500.00'],
    ]);
    const second = await get(tenant.token, wallet.walletUuid, `?limit=2&starting_after=${first.body.next_cursor}`);
    expect(second.body).toMatchObject({ has_more: false, next_cursor: null });
    expect(second.body.data).toEqual([
      {
        entry_id: expect.stringMatching(/^\d+$/),
        transaction_uuid: deposit,
        kind: 'test_deposit',
        reference_type: 'test',
        reference_id: expect.any(String),
        description: 'Test deposit',
        account: 'available',
        amount: '1500.75',
        balance_after: '1500.75',
        created_at: expect.any(String),
      },
    ]);
    expect((await get(tenant.token, wallet.walletUuid, '?account=reserved')).body.data).toHaveLength(1);
    expect((await get(tenant.token, wallet.walletUuid)).body.data).toHaveLength(3); // default limit 20
  });

  it('answers 400 for a bad limit, cursor or account, and 404 for a wallet the token cannot reach', async () => {
    const tenant = await walletTenant(db);
    const own = await seedWallet(db, tenant);
    const sibling = await seedWallet(db, tenant, { currency: 'MXN' });
    for (const query of ['?limit=0', '?limit=101', '?limit=x', '?starting_after=bogus', '?account=credit_available']) {
      expect((await get(tenant.token, own.walletUuid, query)).status, query).toBe(400);
    }
    const confined = await walletLevelToken(db, tenant, own.walletUuid, ['wallet:read']);
    const missing = await get(tenant.token, randomUUID());
    expect(missing.body.code).toBe('errors.wallet.not_found');
    for (const refused of [await get(confined, sibling.walletUuid), await get((await walletTenant(db)).token, own.walletUuid)]) {
      expect(refused.status).toBe(404);
      expect(JSON.stringify(refused.body)).toBe(JSON.stringify(missing.body));
    }
  });
});
