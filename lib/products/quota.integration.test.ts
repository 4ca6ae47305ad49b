import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { POST as deactivateWallet } from '@/app/api/v1/bank/wallet/[wallet_uuid]/deactivate/route';
import { POST as reactivateWallet } from '@/app/api/v1/bank/wallet/[wallet_uuid]/reactivate/route';
import { POST as postPaymentWallet } from '@/app/api/v1/bank/wallet/route';
import { wallet } from '@/db/schema';
import { walletBody as creditBody, postWallet as postCreditWallet } from '@/lib/credit/test-fixtures';
import { rejectKyc } from '@/lib/kyc/decide';
import { operator } from '@/lib/kyc/test-fixtures';
import { callRoute } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { createBody, walletTenant, type WalletTenant } from '@/lib/wallets/test-fixtures';
import { writeContract } from './contracted';

const db = await testDb();

/** A tenant whose one token opens both kinds of wallet, under the contract given. */
async function tenantWith(contract: Parameters<typeof writeContract>[2]) {
  const tenant = await walletTenant(db, ['wallet:read', 'wallet:write', 'credit:read', 'credit:write']);
  await writeContract(db, tenant.account.entityUuid, contract);
  return tenant;
}

/** A payment wallet for a merchant made on the spot, so creations never meet on one merchant and currency. */
function postPayment(tenant: WalletTenant, n: number) {
  return callRoute(postPaymentWallet, {
    path: '/api/v1/bank/wallet/',
    token: tenant.token,
    body: createBody(tenant, { merchant_uuid: undefined, customer_id: `cust_${n}`, name: `Wallet ${n}` }),
  });
}

function postCredit(tenant: WalletTenant) {
  return postCreditWallet(tenant.token, creditBody());
}

async function walletsOf(tenant: WalletTenant, kind: 'payment' | 'credit') {
  const [row] = await db
    .select({ value: count() })
    .from(wallet)
    .where(and(eq(wallet.entityUuid, tenant.account.entityUuid), eq(wallet.kind, kind)));
  return row!.value;
}

describe('contracted products and quotas on wallet creation', () => {
  it('refuses both kinds of wallet to an account that has not contracted them, each in its dialect', async () => {
    const tenant = await tenantWith([{ product: 'virtual_wallet', quota: null }]);

    const payment = await postPayment(tenant, 1);
    expect(payment.status).toBe(403);
    expect(payment.body).toEqual({
      error: 'product_not_contracted',
      code: 'product_not_contracted',
      message: 'Your account has not contracted payment wallets; ask the platform to add them',
      details: { product: 'payment_wallet' },
    });

    const credit = await postCredit(tenant);
    expect(credit.status).toBe(403);
    expect(credit.body).toEqual({
      title: 'Forbidden',
      code: 'WLT000014',
      description: 'Your account has not contracted credit wallets; ask the platform to add them',
      translation: 'Sua conta não contratou carteiras de crédito; peça à plataforma para incluí-las',
      extra_fields: { product: 'credit_wallet' },
    });
    expect([await walletsOf(tenant, 'payment'), await walletsOf(tenant, 'credit')]).toEqual([0, 0]);
  });

  it('refuses the third wallet of a kind under a quota of 2, leaving the other kind alone', async () => {
    const tenant = await tenantWith([
      { product: 'payment_wallet', quota: 2 },
      { product: 'credit_wallet', quota: 2 },
    ]);

    expect((await postPayment(tenant, 1)).status).toBe(200);
    expect((await postPayment(tenant, 2)).status).toBe(200);
    const third = await postPayment(tenant, 3);
    expect(third).toMatchObject({ status: 422, body: { code: 'product_quota_exceeded', details: { product: 'payment_wallet', quota: 2 } } });

    expect((await postCredit(tenant)).status).toBe(202);
    expect((await postCredit(tenant)).status).toBe(202);
    const thirdCredit = await postCredit(tenant);
    expect(thirdCredit.status).toBe(422);
    expect(thirdCredit.body).toEqual({
      title: 'Unprocessable Entity',
      code: 'WLT000015',
      description: "Your account's quota of 2 credit wallets is used up; ask the platform for more",
      translation: 'A cota de 2 carteiras de crédito da sua conta está esgotada; peça mais à plataforma',
      extra_fields: { product: 'credit_wallet', quota: 2 },
    });
    expect([await walletsOf(tenant, 'payment'), await walletsOf(tenant, 'credit')]).toEqual([2, 2]);
  });

  it('gives the slot of a deactivated payment wallet back to the pool', async () => {
    const tenant = await tenantWith([{ product: 'payment_wallet', quota: 1 }]);
    const first = await postPayment(tenant, 1);
    expect((await postPayment(tenant, 2)).status).toBe(422);

    const deactivated = await callRoute(deactivateWallet, {
      method: 'POST',
      path: `/api/v1/bank/wallet/${first.body.wallet_uuid}/deactivate/`,
      token: tenant.token,
      params: { wallet_uuid: first.body.wallet_uuid },
    });
    expect(deactivated).toMatchObject({ status: 200, body: { status: 'deactivated' } });
    expect((await postPayment(tenant, 3)).status).toBe(200);

    // Coming back would take the slot the new wallet holds: refused, and it stays deactivated.
    const reactivated = await callRoute(reactivateWallet, {
      method: 'POST',
      path: `/api/v1/bank/wallet/${first.body.wallet_uuid}/reactivate/`,
      token: tenant.token,
      params: { wallet_uuid: first.body.wallet_uuid },
    });
    expect(reactivated).toMatchObject({ status: 422, body: { code: 'product_quota_exceeded' } });
    const [stillDeactivated] = await db.select({ status: wallet.status }).from(wallet).where(eq(wallet.walletUuid, first.body.wallet_uuid));
    expect(stillDeactivated!.status).toBe('deactivated');
  });

  it('counts a pending credit wallet until KYC rejects it, which frees its slot', async () => {
    const tenant = await tenantWith([{ product: 'credit_wallet', quota: 1 }]);
    const { decider } = await operator(db);
    const pending = await postCredit(tenant);
    expect(pending.status).toBe(202);
    expect((await postCredit(tenant)).body.code).toBe('WLT000015');

    await rejectKyc(db, decider, pending.body.wallet_key, 'Documents do not match');
    expect((await postCredit(tenant)).status).toBe(202);
  });

  it.each([
    ['payment', (tenant: WalletTenant, n: number) => postPayment(tenant, n), 200, 'product_quota_exceeded'],
    ['credit', (tenant: WalletTenant) => postCredit(tenant), 202, 'WLT000015'],
  ] as const)('lets exactly 3 of 10 racing %s wallet creations through a quota of 3', async (kind, post, created, refused) => {
    const product = kind === 'payment' ? 'payment_wallet' : 'credit_wallet';
    const tenant = await tenantWith([{ product, quota: 3 }]);

    const results = await Promise.all(Array.from({ length: 10 }, (_, n) => post(tenant, n)));

    expect(results.filter((r) => r.status === created)).toHaveLength(3);
    expect(results.filter((r) => r.status !== created).map((r) => [r.status, r.body.code])).toEqual(Array(7).fill([422, refused]));
    expect(await walletsOf(tenant, kind)).toBe(3);
  });
});
