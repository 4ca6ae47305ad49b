import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { wallet, walletLimit, webhookEvent } from '@/db/schema';
import { GET as getWallet } from '@/app/api/v1/credit/wallet/[wallet_key]/route';
import { PATCH as patchLimit } from '@/app/api/v1/credit/wallet/[wallet_key]/wallet_limit/[wallet_limit_key]/route';
import { callRoute } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { creditTenant, postWallet, walletBody } from './test-fixtures';

const db = await testDb();

describe('a closed credit wallet keeps its limits', () => {
  it.each(['rejected', 'deactivated'] as const)('refuses a limit change on a %s wallet, changing and announcing nothing', async (status) => {
    const { token } = await creditTenant(db);
    const walletKey = (await postWallet(token, walletBody())).body.wallet_key as string;
    const shown = await callRoute(getWallet, { path: '/x', token, params: { wallet_key: walletKey } });
    const [limit] = shown.body.wallet_limits as { wallet_limit_key: string; limit_amount: unknown }[];
    await db.update(wallet).set({ status }).where(eq(wallet.walletUuid, walletKey));
    const eventsBefore = await db.select().from(webhookEvent).where(eq(webhookEvent.subjectId, walletKey));

    const res = await callRoute(patchLimit, {
      method: 'PATCH',
      path: `/api/v1/credit/wallet/${walletKey}/wallet_limit/${limit!.wallet_limit_key}`,
      token,
      rawBody: '{"limit_amount": 1.00}',
      params: { wallet_key: walletKey, wallet_limit_key: limit!.wallet_limit_key },
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'WLT000004', description: `The wallet is ${status}; its limits can no longer change` });
    const [stored] = await db.select().from(walletLimit).where(eq(walletLimit.walletLimitKey, limit!.wallet_limit_key));
    expect(stored!.limitAmountMinor).toBe(500000n);
    expect(await db.select().from(webhookEvent).where(eq(webhookEvent.subjectId, walletKey))).toHaveLength(eventsBefore.length);
  });
});
