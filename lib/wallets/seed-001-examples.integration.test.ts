import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as tokenEndpoint } from '@/app/api/oauth2/token/route';
import { GET as getWallet } from '@/app/api/v1/bank/wallet/[wallet_uuid]/route';
import { POST as createWallet } from '@/app/api/v1/bank/wallet/route';
import { merchant, wallet } from '@/db/schema';
import { DEMO, seedDemo } from '@/lib/accounts/demo';
import type { Caller } from '@/lib/auth/caller';
import { callRoute } from '@/lib/testing/api';
import { createTestApiClient } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { deactivatePaymentWallet } from './lifecycle';
import { createWalletExamples, multiCurrencyExamples, type SeedRequest } from './seed-001-examples';

const db = await testDb();
const demoMerchant = DEMO.merchants[0].merchantUuid;
// The platform itself, retiring wallets an earlier run of this file left on the shared demo merchant.
const platform: Caller = { type: 'system', id: 'seed-001-examples', entityUuid: DEMO.entityUuid, walletUuid: null };
let token: string;

beforeAll(async () => {
  await seedDemo(db);
  ({ token } = await createTestApiClient(db, { entityUuid: DEMO.entityUuid, scopes: ['wallet:read', 'wallet:write'] }));
});

/** The seed's first example assumes the demo merchant has no BRL wallet yet; make that true again. */
async function freeDemoMerchantBrlSlot() {
  const live = await db
    .select({ walletUuid: wallet.walletUuid })
    .from(wallet)
    .where(and(eq(wallet.merchantUuid, demoMerchant), eq(wallet.currency, 'BRL'), eq(wallet.status, 'active')));
  for (const { walletUuid } of live) await deactivatePaymentWallet(db, platform, walletUuid);
}

const replay = (request: SeedRequest) => callRoute(createWallet, { path: '/api/v1/bank/wallet/', token, rawBody: request.body });

/** What the examples print, then what a client does next: exchange the credentials and read the wallet. */
async function expectUsableCredentials(created: { wallet_uuid: string; credentials: Record<string, unknown> }) {
  const { client_id, client_secret, grant_type, scopes } = created.credentials;
  expect(client_id).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
  expect(client_secret).toEqual(expect.stringMatching(/^sk_test_/));
  expect(grant_type).toBe('client_credentials');
  expect((scopes as string[]).join(', ')).toBe('wallet:read, wallet:write, charge:create, charge:read');

  const issued = await callRoute(tokenEndpoint, { path: '/api/oauth2/token', body: { grant_type, client_id, client_secret } });
  expect(issued.status).toBe(200);
  const read = await callRoute(getWallet, { path: '/x', token: issued.body.access_token, params: { wallet_uuid: created.wallet_uuid } });
  expect(read).toMatchObject({ status: 200, body: { wallet_uuid: created.wallet_uuid, status: 'active' } });
}

describe('seed 001 "Create wallet" examples, replayed with only the base URL and token changed', () => {
  it('puts the bodies on the wire as each client would', () => {
    expect(createWalletExamples[1]!.body).toContain('"name": "Loja S\\u00e3o Paulo \\u2014 BRL", "email"');
    expect(createWalletExamples[2]!.body).toContain('"name":"Loja São Paulo — BRL"');
  });

  for (const request of createWalletExamples) {
    it(`${request.example}: creates the demo merchant's BRL wallet with working credentials`, async () => {
      await freeDemoMerchantBrlSlot();
      const res = await replay(request);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        entity_uuid: DEMO.entityUuid,
        merchant_uuid: demoMerchant,
        customer_id: 'cust_12345',
        currency: 'BRL',
        name: 'Loja São Paulo — BRL',
        email: 'financeiro@loja-sp.com.br',
      });
      await expectUsableCredentials(res.body);
      // The seed's own tip: the unique constraint on merchant_uuid + currency.
      expect(await replay(request)).toMatchObject({ status: 409, body: { code: 'errors.wallet.already_exists' } });
    });
  }

  for (const [brl, mxn] of multiCurrencyExamples) {
    it(`${brl!.example.split(' ')[0]} multi-currency setup: a BRL wallet with credentials and an MXN one without`, async () => {
      const first = await replay(brl!);
      const second = await replay(mxn!);
      expect(first).toMatchObject({ status: 200, body: { currency: 'BRL', name: 'LatAm Store — BRL', customer_id: 'cust_12345' } });
      expect(second).toMatchObject({ status: 200, body: { currency: 'MXN', name: 'LatAm Store — MXN', customer_id: 'cust_12345' } });
      expect(second.body).not.toHaveProperty('credentials');
      await expectUsableCredentials(first.body);
      // No merchant_uuid: each wallet got a merchant of its own in the demo account, named after it.
      const [made] = await db.select().from(merchant).where(eq(merchant.merchantUuid, first.body.merchant_uuid));
      expect(made).toMatchObject({ entityUuid: DEMO.entityUuid, name: 'LatAm Store — BRL' });
    });
  }
});
