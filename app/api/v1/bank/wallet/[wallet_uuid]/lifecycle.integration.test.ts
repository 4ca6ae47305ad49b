import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvent } from '@/db/schema';
import { callRoute } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { seedWallet, walletLevelToken, walletTenant } from '@/lib/wallets/test-fixtures';
import { POST as deactivate } from './deactivate/route';
import { POST as reactivate } from './reactivate/route';
import { GET } from './route';

const db = await testDb();
type Handler = typeof deactivate;
const post = (handler: Handler, token: string, walletUuid: string) =>
  callRoute(handler, { method: 'POST', path: `/api/v1/bank/wallet/${walletUuid}/x/`, token, params: { wallet_uuid: walletUuid } });

describe('POST /api/v1/bank/wallet/{wallet_uuid}/deactivate/ and /reactivate/', () => {
  it('deactivates and reactivates a wallet, shows it, and audits each change once', async () => {
    const tenant = await walletTenant(db);
    const own = await seedWallet(db, tenant);

    const off = await post(deactivate, tenant.token, own.walletUuid);
    expect(off).toMatchObject({ status: 200, body: { wallet_uuid: own.walletUuid, status: 'deactivated' } });
    expect((await post(deactivate, tenant.token, own.walletUuid)).body.status).toBe('deactivated');
    const shown = await callRoute(GET, { path: '/x', token: tenant.token, params: { wallet_uuid: own.walletUuid } });
    expect(shown.body.status).toBe('deactivated');

    const on = await post(reactivate, tenant.token, own.walletUuid);
    expect(on).toMatchObject({ status: 200, body: { status: 'active' } });

    const trail = await db
      .select({ action: auditEvent.action, data: auditEvent.data })
      .from(auditEvent)
      .where(and(eq(auditEvent.subjectType, 'wallet'), eq(auditEvent.subjectId, own.walletUuid)))
      .orderBy(auditEvent.id);
    expect(trail).toEqual([
      { action: 'wallet.created', data: expect.any(Object) },
      { action: 'wallet.deactivated', data: { from: 'active', to: 'deactivated' } },
      { action: 'wallet.reactivated', data: { from: 'deactivated', to: 'active' } },
    ]);
  });

  it('refuses to reactivate a wallet whose slot a newer wallet took', async () => {
    const tenant = await walletTenant(db);
    const old = await seedWallet(db, tenant);
    await post(deactivate, tenant.token, old.walletUuid);
    await seedWallet(db, tenant);
    const res = await post(reactivate, tenant.token, old.walletUuid);
    expect(res).toMatchObject({ status: 409, body: { code: 'errors.wallet.already_exists' } });
  });

  it("answers another account's wallet like a missing one, and refuses wallet-level tokens", async () => {
    const tenant = await walletTenant(db);
    const other = await walletTenant(db);
    const theirs = await seedWallet(db, other);
    const foreign = await post(deactivate, tenant.token, theirs.walletUuid);
    const missing = await post(deactivate, tenant.token, randomUUID());
    expect(foreign.status).toBe(404);
    expect(JSON.stringify(foreign.body)).toBe(JSON.stringify(missing.body));

    const own = await seedWallet(db, tenant);
    const token = await walletLevelToken(db, tenant, own.walletUuid);
    expect((await post(deactivate, token, own.walletUuid)).status).toBe(403);
    const reader = await walletTenant(db, ['wallet:read']);
    expect((await post(deactivate, reader.token, own.walletUuid)).status).toBe(403);
  });
});
