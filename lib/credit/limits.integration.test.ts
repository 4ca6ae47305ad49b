import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvent, walletLimit } from '@/db/schema';
import { GET as getWallet } from '@/app/api/v1/credit/wallet/[wallet_key]/route';
import { PATCH as patchLimit } from '@/app/api/v1/credit/wallet/[wallet_key]/wallet_limit/[wallet_limit_key]/route';
import { callRoute } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { creditTenant, invoiceConfiguration, postWallet, useLimitForTest, walletBody } from './test-fixtures';

const db = await testDb();

async function walletWithLimits(token: string, body = walletBody()) {
  const walletKey = (await postWallet(token, body)).body.wallet_key as string;
  const wallet = await callRoute(getWallet, { path: '/x', token, params: { wallet_key: walletKey } });
  return { walletKey, limits: wallet.body.wallet_limits as { wallet_limit_key: string; limit_type: string }[] };
}

function patch(token: string, walletKey: string, walletLimitKey: string, body: unknown) {
  return callRoute(patchLimit, {
    method: 'PATCH',
    path: `/api/v1/credit/wallet/${walletKey}/wallet_limit/${walletLimitKey}`,
    token,
    rawBody: typeof body === 'string' ? body : JSON.stringify(body),
    params: { wallet_key: walletKey, wallet_limit_key: walletLimitKey },
  });
}

describe('PATCH /api/v1/credit/wallet/{wallet_key}/wallet_limit/{wallet_limit_key} (reference B.4)', () => {
  it('sets the limit amount exactly, answers the limit and audits the change', async () => {
    const { token } = await creditTenant(db);
    const { walletKey, limits } = await walletWithLimits(token);
    const key = limits[0]!.wallet_limit_key;

    const res = await patch(token, walletKey, key, '{"limit_amount": 10000.00}');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ wallet_limit_key: key, limit_type: 'postpaid_credit_limit', limit_amount: 10000, used_limit: 0 });
    const [stored] = await db.select().from(walletLimit).where(eq(walletLimit.walletLimitKey, key));
    expect(stored!.limitAmountMinor).toBe(1000000n);

    const [audit] = await db.select().from(auditEvent).where(and(eq(auditEvent.subjectId, key), eq(auditEvent.action, 'credit_wallet.limit_updated')));
    expect(audit!.data).toEqual({
      wallet_key: walletKey,
      limit_type: 'postpaid_credit_limit',
      previous_limit_amount_minor: '500000',
      limit_amount_minor: '1000000',
    });
  });

  it('serializes racing changes: each audit records the amount the previous change left', async () => {
    const { token } = await creditTenant(db);
    const { walletKey, limits } = await walletWithLimits(token);
    const key = limits[0]!.wallet_limit_key;
    const amounts = ['1000.00', '2000.00', '3000.00', '4000.00', '5500.00', '6000.00'];
    const results = await Promise.all(amounts.map((amount) => patch(token, walletKey, key, `{"limit_amount": ${amount}}`)));
    expect(results.map((r) => r.status)).toEqual(amounts.map(() => 200));

    const audits = await db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.subjectId, key), eq(auditEvent.action, 'credit_wallet.limit_updated')))
      .orderBy(auditEvent.id);
    const chain = audits.map((a) => a.data as { previous_limit_amount_minor: string; limit_amount_minor: string });
    expect(chain[0]!.previous_limit_amount_minor).toBe('500000');
    for (let i = 1; i < chain.length; i++) expect(chain[i]!.previous_limit_amount_minor).toBe(chain[i - 1]!.limit_amount_minor);
    const [stored] = await db.select().from(walletLimit).where(eq(walletLimit.walletLimitKey, key));
    expect(stored!.limitAmountMinor.toString()).toBe(chain.at(-1)!.limit_amount_minor);
  });

  it('refuses an amount below the used limit with CIN000110 and changes nothing', async () => {
    const { token, account } = await creditTenant(db);
    const { walletKey, limits } = await walletWithLimits(token);
    const key = limits[0]!.wallet_limit_key;
    await useLimitForTest(db, { entityUuid: account.entityUuid, walletUuid: walletKey }, 250000n);

    const res = await patch(token, walletKey, key, '{"limit_amount": 2499.99}');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      title: 'Bad Request',
      description: 'New limit amount is less than the used limit',
      translation: 'Novo valor de limite é menor que o limite utilizado',
      code: 'CIN000110',
      extra_fields: {},
    });
    const [stored] = await db.select().from(walletLimit).where(eq(walletLimit.walletLimitKey, key));
    expect(stored!.limitAmountMinor).toBe(500000n);

    const atUsed = await patch(token, walletKey, key, '{"limit_amount": 2500.00}');
    expect(atUsed.status).toBe(200);
    expect(atUsed.body).toMatchObject({ limit_amount: 2500, used_limit: 2500 });
  });

  it('answers unknown limits with WLT000002 and unknown or foreign wallets with WLT000001', async () => {
    const { token } = await creditTenant(db);
    const stranger = await creditTenant(db);
    const mine = await walletWithLimits(token);
    const theirs = await walletWithLimits(stranger.token);

    const unknownLimit = randomUUID();
    const res = await patch(token, mine.walletKey, unknownLimit, { limit_amount: 1 });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      title: 'Wallet Limit Not Found',
      description: `Wallet limit with key ${unknownLimit} not found`,
      translation: `Limite da carteira com chave ${unknownLimit} não encontrado`,
      code: 'WLT000002',
      extra_fields: {},
    });
    // A limit of another wallet is not this wallet's limit.
    expect((await patch(token, mine.walletKey, theirs.limits[0]!.wallet_limit_key, { limit_amount: 1 })).body.code).toBe('WLT000002');
    const foreign = await patch(token, theirs.walletKey, theirs.limits[0]!.wallet_limit_key, { limit_amount: 1 });
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('WLT000001');
  });

  it('changes only the postpaid credit limit of a payroll wallet', async () => {
    const { token } = await creditTenant(db);
    const { interest_base: _b, monthly_interest_percentage: _m, fine_percentage: _f, ...payrollConfiguration } = invoiceConfiguration;
    const { walletKey, limits } = await walletWithLimits(
      token,
      walletBody({ wallet_type: 'payroll', invoice_configuration: payrollConfiguration, limits: { postpaid_credit_limit: 100, payroll_withdraw_limit: 50 } }),
    );
    const postpaid = limits.find((l) => l.limit_type === 'postpaid_credit_limit')!;
    const withdraw = limits.find((l) => l.limit_type === 'payroll_withdraw_limit')!;
    expect((await patch(token, walletKey, postpaid.wallet_limit_key, { limit_amount: 150 })).status).toBe(200);
    const refused = await patch(token, walletKey, withdraw.wallet_limit_key, { limit_amount: 80 });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('WLT000003');
  });

  it('refuses a missing, negative or over-precise amount with QIT000001', async () => {
    const { token } = await creditTenant(db);
    const { walletKey, limits } = await walletWithLimits(token);
    for (const body of ['{}', '{"limit_amount": -1}', '{"limit_amount": 1.001}', '{"limit_amount": "abc"}']) {
      const res = await patch(token, walletKey, limits[0]!.wallet_limit_key, body);
      expect(res.status, body).toBe(400);
      expect(Object.keys(res.body.extra_fields)).toEqual(['limit_amount']);
    }
  });
});
