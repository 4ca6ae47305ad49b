import { randomUUID } from 'node:crypto';
import { generateCnpj, generateCpf } from '@brazilian-utils/brazilian-utils';
import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvent, creditWallet, person, wallet, webhookDelivery, webhookEvent } from '@/db/schema';
import { legalOwner, naturalOwner, postWallet, walletBody } from '@/lib/credit/test-fixtures';
import { isAppError } from '@/lib/errors/app-error';
import { testDb } from '@/lib/testing/db';
import { approveKyc, rejectKyc } from './decide';
import { sandboxDecider } from './decider';
import { kycEndpoint, kycTenant, operator, pendingWallet } from './test-fixtures';

const db = await testDb();

async function walletState(walletKey: string) {
  const [row] = await db
    .select({
      status: wallet.status,
      ownerPersonKey: creditWallet.ownerPersonKey,
      ownerClaim: creditWallet.ownerClaim,
      decidedBy: creditWallet.kycDecidedBy,
      decidedAt: creditWallet.kycDecidedAt,
      reason: creditWallet.kycRejectionReason,
    })
    .from(wallet)
    .innerJoin(creditWallet, eq(creditWallet.walletUuid, wallet.walletUuid))
    .where(eq(wallet.walletUuid, walletKey));
  return row!;
}

const auditTrail = (walletKey: string) =>
  db
    .select()
    .from(auditEvent)
    .where(and(eq(auditEvent.subjectType, 'wallet'), eq(auditEvent.subjectId, walletKey)))
    .orderBy(auditEvent.id);

const kycEvents = (walletKey: string) =>
  db
    .select()
    .from(webhookEvent)
    .where(and(eq(webhookEvent.subjectId, walletKey), inArray(webhookEvent.type, ['wallet.kyc_approved', 'wallet.kyc_rejected'])));

/** What a promise settled with: the value, or the AppError's status and code. */
async function outcome<T>(promise: Promise<T>) {
  try {
    return { ok: true as const, value: await promise };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { ok: false as const, status: error.status, code: error.code, message: error.message, details: error.details };
  }
}

describe('approveKyc', () => {
  it('turns the owner into a person, activates the wallet, and audits and announces it in one go', async () => {
    const tenant = await kycTenant(db);
    const endpoint = await kycEndpoint(db, tenant);
    const cpf = generateCpf();
    const walletKey = await pendingWallet(tenant, naturalOwner(cpf));
    const { decider } = await operator(db);

    const decision = await approveKyc(db, decider, walletKey);
    expect(decision).toEqual({
      walletKey,
      entityUuid: tenant.account.entityUuid,
      status: 'active',
      ownerPersonKey: expect.any(String),
      reason: null,
      decidedAt: expect.any(Date),
    });

    const [created] = await db.select().from(person).where(eq(person.personKey, decision.ownerPersonKey!));
    expect(created).toMatchObject({
      entityUuid: tenant.account.entityUuid,
      personType: 'natural',
      documentNumber: cpf,
      name: 'Maria Souza',
      birthdate: '1985-04-12',
      email: 'maria@example.test',
    });
    expect(await walletState(walletKey)).toEqual({
      status: 'active',
      ownerPersonKey: decision.ownerPersonKey,
      ownerClaim: cpf,
      decidedBy: decider.id,
      decidedAt: decision.decidedAt,
      reason: null,
    });

    const trail = await auditTrail(walletKey);
    expect(trail.map((a) => a.action)).toEqual(['credit_wallet.created', 'credit_wallet.approved']);
    expect(trail[1]).toMatchObject({
      actorType: 'user',
      actorId: decider.id,
      entityUuid: tenant.account.entityUuid,
      data: { from: 'pending_analysis', to: 'active', owner_person_key: decision.ownerPersonKey },
    });

    const [event] = await kycEvents(walletKey);
    expect(event).toMatchObject({
      entityUuid: tenant.account.entityUuid,
      type: 'wallet.kyc_approved',
      data: { wallet_uuid: walletKey, wallet_kind: 'credit', wallet_status: 'active', currency: 'BRL', owner_person_key: decision.ownerPersonKey },
    });
    const [delivery] = await db.select().from(webhookDelivery).where(eq(webhookDelivery.eventUuid, event!.eventUuid));
    expect(delivery!.endpointUuid).toBe(endpoint.endpointUuid);
    expect(JSON.parse(delivery!.body)).toEqual({
      webhook_type: 'baas.invoice.wallet',
      webhook_datetime: expect.any(String),
      data: { wallet_key: walletKey, owner_person_key: decision.ownerPersonKey, wallet_status: 'active' },
    });
  });

  it('refreshes the account’s existing person for the same document instead of creating another', async () => {
    const tenant = await kycTenant(db);
    const { decider } = await operator(db);
    const owner = legalOwner(generateCnpj({ version: 2 }));
    const first = await approveKyc(db, decider, await pendingWallet(tenant, owner));

    // A payroll wallet is a separate product, so the same owner may apply for one.
    const { interest_base: _b, monthly_interest_percentage: _m, fine_percentage: _f, ...payrollConfiguration } = walletBody().invoice_configuration;
    const payroll = await postWallet(
      tenant.token,
      walletBody({
        owner: { ...owner, email: 'new@padaria.test' },
        wallet_type: 'payroll',
        invoice_configuration: payrollConfiguration,
        limits: { postpaid_credit_limit: 800, payroll_withdraw_limit: 300 },
      }),
    );
    expect(payroll.status).toBe(202);
    const second = await approveKyc(db, decider, payroll.body.wallet_key);
    expect(second.ownerPersonKey).toBe(first.ownerPersonKey);
    const persons = await db.select().from(person).where(eq(person.documentNumber, owner.document_number));
    expect(persons).toHaveLength(1);
    expect(persons[0]).toMatchObject({ personType: 'legal', email: 'new@padaria.test', tradingName: 'Padaria Souza' });
  });
});

describe('rejectKyc', () => {
  it('rejects with the trimmed reason, releases the owner for a new application, and audits and announces it', async () => {
    const tenant = await kycTenant(db);
    const endpoint = await kycEndpoint(db, tenant);
    const cpf = generateCpf();
    const walletKey = await pendingWallet(tenant, naturalOwner(cpf));
    // While the application is open the owner cannot apply again (CIN000043).
    expect((await postWallet(tenant.token, walletBody({ owner: naturalOwner(cpf) }))).body.code).toBe('CIN000043');
    const { decider } = await operator(db);

    const decision = await rejectKyc(db, decider, walletKey, '  Proof of address does not match  ');
    expect(decision).toMatchObject({ status: 'rejected', ownerPersonKey: null, reason: 'Proof of address does not match' });
    expect(await walletState(walletKey)).toEqual({
      status: 'rejected',
      ownerPersonKey: null,
      ownerClaim: null,
      decidedBy: decider.id,
      decidedAt: decision.decidedAt,
      reason: 'Proof of address does not match',
    });
    expect(await db.select().from(person).where(eq(person.documentNumber, cpf))).toEqual([]);

    const trail = await auditTrail(walletKey);
    expect(trail.at(-1)).toMatchObject({
      action: 'credit_wallet.rejected',
      actorType: 'user',
      actorId: decider.id,
      entityUuid: tenant.account.entityUuid,
      data: { from: 'pending_analysis', to: 'rejected', reason: 'Proof of address does not match' },
    });
    const [event] = await kycEvents(walletKey);
    expect(event).toMatchObject({
      type: 'wallet.kyc_rejected',
      data: { wallet_uuid: walletKey, wallet_status: 'rejected', owner_person_key: null, reason: 'Proof of address does not match' },
    });
    const [delivery] = await db.select().from(webhookDelivery).where(eq(webhookDelivery.endpointUuid, endpoint.endpointUuid));
    expect(JSON.parse(delivery!.body).data).toEqual({ wallet_key: walletKey, owner_person_key: null, wallet_status: 'rejected' });

    // The same owner may now be onboarded again.
    const again = await postWallet(tenant.token, walletBody({ owner: naturalOwner(cpf) }));
    expect(again).toMatchObject({ status: 202, body: { wallet_status: 'pending_analysis' } });
  });

  it('refuses a reason shorter than 3 or longer than 500 characters once trimmed, changing nothing', async () => {
    const tenant = await kycTenant(db);
    const walletKey = await pendingWallet(tenant);
    const { decider } = await operator(db);
    for (const reason of ['  no ', 'x'.repeat(501)]) {
      expect(await outcome(rejectKyc(db, decider, walletKey, reason))).toMatchObject({ ok: false, status: 400, code: 'validation_error' });
    }
    expect((await walletState(walletKey)).status).toBe('pending_analysis');
    expect(await kycEvents(walletKey)).toEqual([]);
    expect((await rejectKyc(db, decider, walletKey, 'x'.repeat(500))).reason).toHaveLength(500);
  });
});

describe('a KYC decision', () => {
  it('leaves no event, audit row or person when its transaction rolls back', async () => {
    const tenant = await kycTenant(db);
    const walletKey = await pendingWallet(tenant);
    const { decider } = await operator(db);
    const rollback = new Error('roll back the decision');
    await expect(
      db.transaction(async (tx) => {
        const decided = await approveKyc(tx, decider, walletKey);
        expect(decided.status).toBe('active');
        expect(await tx.select().from(webhookEvent).where(eq(webhookEvent.subjectId, walletKey))).toHaveLength(2);
        throw rollback;
      }),
    ).rejects.toBe(rollback);

    expect(await walletState(walletKey)).toMatchObject({ status: 'pending_analysis', ownerPersonKey: null, decidedBy: null });
    expect(await kycEvents(walletKey)).toEqual([]);
    expect((await auditTrail(walletKey)).map((a) => a.action)).toEqual(['credit_wallet.created']);
  });

  it('is final: of two operators deciding the same wallets at once, exactly one wins each and the other gets 409', async () => {
    const tenant = await kycTenant(db);
    const first = await operator(db);
    const second = await operator(db);
    const walletKeys = await Promise.all(Array.from({ length: 4 }, () => pendingWallet(tenant)));

    // Every decision in its own transaction on its own pooled connection, all racing.
    const results = await Promise.all(
      walletKeys.map((walletKey) =>
        Promise.all([outcome(approveKyc(db, first.decider, walletKey)), outcome(rejectKyc(db, second.decider, walletKey, 'Duplicate application'))]),
      ),
    );
    for (const [index, [approval, rejection]] of results.entries()) {
      const walletKey = walletKeys[index]!;
      expect([approval.ok, rejection.ok].filter(Boolean)).toHaveLength(1);
      const loser = approval.ok ? rejection : approval;
      const winner = approval.ok ? first : second;
      expect(loser).toMatchObject({ ok: false, status: 409, code: 'KYC_ALREADY_DECIDED', details: { decided_by: winner.email } });
      expect(loser.ok === false && loser.message).toContain(`by ${winner.email}`);

      const state = await walletState(walletKey);
      expect(state.status).toBe(approval.ok ? 'active' : 'rejected');
      expect(state.decidedBy).toBe(winner.decider.id);
      expect(await kycEvents(walletKey)).toHaveLength(1);
      const decisions = (await auditTrail(walletKey)).filter((a) => a.action !== 'credit_wallet.created');
      expect(decisions).toHaveLength(1);
    }
  });

  it('tells a later decider what was decided; a sandbox client is not told which operator it was', async () => {
    const tenant = await kycTenant(db);
    const walletKey = await pendingWallet(tenant);
    const { decider, email } = await operator(db);
    await rejectKyc(db, decider, walletKey, 'Blurry document');

    const again = await outcome(approveKyc(db, decider, walletKey));
    expect(again).toMatchObject({ ok: false, status: 409, code: 'KYC_ALREADY_DECIDED', details: { outcome: 'rejected', decided_by: email } });
    const sandbox = await outcome(approveKyc(db, sandboxDecider(tenant.caller), walletKey));
    expect(sandbox).toMatchObject({ ok: false, status: 409, code: 'KYC_ALREADY_DECIDED', details: { outcome: 'rejected' } });
    expect(sandbox.ok === false && sandbox.details).not.toHaveProperty('decided_by');
  });

  it('answers 404 for wallets out of reach, and 409 KYC_NOT_PENDING for a wallet that never waited for KYC', async () => {
    const tenant = await kycTenant(db);
    const stranger = await kycTenant(db);
    const { decider } = await operator(db);
    const theirs = await pendingWallet(stranger);

    for (const walletKey of [theirs, randomUUID(), 'not-a-uuid']) {
      expect(await outcome(approveKyc(db, sandboxDecider(tenant.caller), walletKey))).toMatchObject({ ok: false, status: 404 });
    }
    expect((await walletState(theirs)).status).toBe('pending_analysis');

    // Opened for an approved person_key: active at once, never reviewed.
    const approved = await approveKyc(db, decider, await pendingWallet(tenant));
    const { interest_base: _b, monthly_interest_percentage: _m, fine_percentage: _f, ...payrollConfiguration } = walletBody().invoice_configuration;
    const direct = await postWallet(
      tenant.token,
      walletBody({
        owner: undefined,
        person_key: approved.ownerPersonKey,
        wallet_type: 'payroll',
        invoice_configuration: payrollConfiguration,
        limits: { postpaid_credit_limit: 800, payroll_withdraw_limit: 300 },
      }),
    );
    expect(direct.status).toBe(201);
    expect(await outcome(rejectKyc(db, decider, direct.body.wallet_key, 'Not applicable'))).toMatchObject({
      ok: false,
      status: 409,
      code: 'KYC_NOT_PENDING',
    });
  });
});
