import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvent, creditWallet, wallet, webhookEvent } from '@/db/schema';
import { sandboxKycRoute } from '@/app/api/v1/sandbox/wallets/[wallet_uuid]/kyc/handler';
import { POST } from '@/app/api/v1/sandbox/wallets/[wallet_uuid]/kyc/route';
import { callRoute, createTestApiClient } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { kycTenant, pendingWallet } from './test-fixtures';

const db = await testDb();

function simulate(walletUuid: string, token: string, body: unknown, handler = POST) {
  return callRoute(handler, { path: `/api/v1/sandbox/wallets/${walletUuid}/kyc/`, token, body, params: { wallet_uuid: walletUuid } });
}

async function stored(walletUuid: string) {
  const [row] = await db
    .select({ status: wallet.status, decidedBy: creditWallet.kycDecidedBy, reason: creditWallet.kycRejectionReason })
    .from(wallet)
    .innerJoin(creditWallet, eq(creditWallet.walletUuid, wallet.walletUuid))
    .where(eq(wallet.walletUuid, walletUuid));
  return row!;
}

const eventTypes = async (walletUuid: string) =>
  (await db.select({ type: webhookEvent.type }).from(webhookEvent).where(eq(webhookEvent.subjectId, walletUuid))).map((e) => e.type).sort();

describe('POST /api/v1/sandbox/wallets/{wallet_uuid}/kyc', () => {
  it('approves like an operator would: person key, active, audited as the API client, webhook event', async () => {
    const tenant = await kycTenant(db);
    const walletUuid = await pendingWallet(tenant);
    const { client, token } = await createTestApiClient(db, { entityUuid: tenant.account.entityUuid, scopes: ['credit:write'] });

    const res = await simulate(walletUuid, token, { action: 'approve' });
    expect(res).toMatchObject({
      status: 200,
      body: { wallet_key: walletUuid, owner_person_key: expect.any(String), wallet_status: 'active', reason: null },
    });
    expect(await stored(walletUuid)).toEqual({ status: 'active', decidedBy: `sandbox:${client.clientId}`, reason: null });
    const [audit] = await db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.subjectId, walletUuid), eq(auditEvent.action, 'credit_wallet.approved')));
    expect(audit).toMatchObject({ actorType: 'api_client', actorId: client.clientId, entityUuid: tenant.account.entityUuid });
    expect(await eventTypes(walletUuid)).toEqual(['wallet.created', 'wallet.kyc_approved']);

    // Final: a second simulation is refused, without naming who decided.
    const again = await simulate(walletUuid, token, { action: 'reject', reason: 'Changed my mind' });
    expect(again).toMatchObject({ status: 409, body: { code: 'KYC_ALREADY_DECIDED', error: 'conflict' } });
    expect(again.body.details).not.toHaveProperty('decided_by');
  });

  it('rejects with a reason, and refuses a rejection without one (400, nothing changed)', async () => {
    const tenant = await kycTenant(db);
    const walletUuid = await pendingWallet(tenant);

    for (const body of [{ action: 'reject' }, { action: 'reject', reason: ' x ' }, { action: 'deny' }, {}]) {
      const refused = await simulate(walletUuid, tenant.token, body);
      expect(refused).toMatchObject({ status: 400, body: { error: 'validation_error', code: 'validation_error' } });
    }
    const missing = await simulate(walletUuid, tenant.token, { action: 'reject' });
    expect(missing.body.details.fields).toEqual([{ field: 'reason', message: 'A reason is required to reject' }]);
    expect(await stored(walletUuid)).toMatchObject({ status: 'pending_analysis', decidedBy: null });

    const res = await simulate(walletUuid, tenant.token, { action: 'reject', reason: 'Sandbox: simulated rejection' });
    expect(res).toMatchObject({
      status: 200,
      body: { wallet_key: walletUuid, owner_person_key: null, wallet_status: 'rejected', reason: 'Sandbox: simulated rejection' },
    });
    expect(await stored(walletUuid)).toMatchObject({ status: 'rejected', reason: 'Sandbox: simulated rejection' });
    expect(await eventTypes(walletUuid)).toEqual(['wallet.created', 'wallet.kyc_rejected']);
  });

  it("answers another account's wallet exactly like a missing one, and needs credit:write", async () => {
    const tenant = await kycTenant(db);
    const stranger = await kycTenant(db);
    const theirs = await pendingWallet(stranger);

    const foreign = await simulate(theirs, tenant.token, { action: 'approve' });
    const unknown = await simulate(randomUUID(), tenant.token, { action: 'approve' });
    const malformed = await simulate('not-a-wallet', tenant.token, { action: 'approve' });
    expect(foreign).toMatchObject({ status: 404, body: { code: 'errors.wallet.not_found' } });
    expect(foreign.body).toEqual(unknown.body);
    expect(malformed.body).toEqual(unknown.body);
    expect(await stored(theirs)).toMatchObject({ status: 'pending_analysis' });

    const { token: reader } = await createTestApiClient(db, { entityUuid: stranger.account.entityUuid, scopes: ['credit:read'] });
    expect((await simulate(theirs, reader, { action: 'approve' })).status).toBe(403);
  });

  it('does not exist in production: 404 before anything else, and nothing changes', async () => {
    const tenant = await kycTenant(db);
    const walletUuid = await pendingWallet(tenant);
    const production = sandboxKycRoute(() => true);

    const res = await simulate(walletUuid, tenant.token, { action: 'approve' }, production);
    expect(res).toMatchObject({ status: 404, body: { error: 'not_found', code: 'NOT_FOUND', message: 'Not found' } });
    const anonymous = await callRoute(production, { path: `/api/v1/sandbox/wallets/${walletUuid}/kyc`, body: {}, params: { wallet_uuid: walletUuid } });
    expect(anonymous.status).toBe(404);
    expect(await stored(walletUuid)).toMatchObject({ status: 'pending_analysis', decidedBy: null });
    expect(await eventTypes(walletUuid)).toEqual(['wallet.created']);

    // The same factory outside production is the working route.
    expect((await simulate(walletUuid, tenant.token, { action: 'approve' }, sandboxKycRoute(() => false))).status).toBe(200);
  });
});
