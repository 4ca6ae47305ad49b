import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { payout, webhookDelivery, webhookEndpoint, webhookEvent } from '@/db/schema';
import type { Scope } from '@/lib/api/scopes';
import { todayInBrazil } from '@/lib/banking-calendar';
import { chargeTenant, platformBalance, walletBalance, type ChargeTenant } from '@/lib/charges/test-fixtures';
import { now } from '@/lib/clock';
import { depositForTest, expectLedgerIntact } from '@/lib/ledger/testing';
import { callRoute } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { walletLevelToken } from '@/lib/wallets/test-fixtures';
import { GET as getRoute } from '@/app/api/v1/bank/wallet/payout/[payout_uuid]/[wallet_uuid]/route';
import { POST as cancelRoute } from '@/app/api/v1/bank/wallet/payout/[payout_uuid]/[wallet_uuid]/cancel/route';
import { GET as listRoute, POST as createRoute } from '@/app/api/v1/bank/wallet/payout/route';
import { POST as simulateRoute } from '@/app/api/v1/sandbox/payouts/[payout_uuid]/simulate/route';

// The payout routes (reference A.7) through their real handlers: every answer is checked against
// its operation by callRoute. The money each step moves is read from the ledger.

const db = await testDb();

const PAYOUT_SCOPES: Scope[] = ['payout:create', 'payout:read', 'wallet:read'];
const VALID_CPF = '52998224725';
// Itaú (341): branch 1234, account 12345-1 passes its modulo-10 check digit.
const BANK_ACCOUNT = { bank_code: '341', branch: '1234', account: '12345', account_digit: '1', beneficiary_name: 'Padaria Bela Vista', beneficiary_document: '11222333000181' };

async function payoutTenant(deposit = 500_00n) {
  const tenant = await chargeTenant(db, { scopes: PAYOUT_SCOPES });
  if (deposit > 0n) await depositForTest(db, tenant.walletRef, deposit);
  return tenant;
}

function pixBody(tenant: ChargeTenant, overrides: Record<string, unknown> = {}) {
  return {
    wallet_uuid: tenant.wallet.walletUuid,
    type_payout: 'pix',
    value: '100.00',
    description: 'Saque semanal',
    pix_destination: { pix_address_key: VALID_CPF, pix_address_key_type: 'cpf', beneficiary_name: 'Maria da Silva' },
    ...overrides,
  };
}

function api(token: string) {
  return {
    create: (body: unknown, headers?: Record<string, string>) => callRoute(createRoute, { path: '/api/v1/bank/wallet/payout/', token, body, headers }),
    get: (payoutUuid: string, walletUuid: string) =>
      callRoute(getRoute, { path: `/api/v1/bank/wallet/payout/${payoutUuid}/${walletUuid}/`, token, params: { payout_uuid: payoutUuid, wallet_uuid: walletUuid } }),
    list: (query: Record<string, string> = {}) => callRoute(listRoute, { path: `/api/v1/bank/wallet/payout/?${new URLSearchParams(query).toString()}`, token }),
    cancel: (payoutUuid: string, walletUuid: string) =>
      callRoute(cancelRoute, {
        method: 'POST',
        path: `/api/v1/bank/wallet/payout/${payoutUuid}/${walletUuid}/cancel/`,
        token,
        params: { payout_uuid: payoutUuid, wallet_uuid: walletUuid },
      }),
    simulate: (payoutUuid: string, outcome: string) =>
      callRoute(simulateRoute, { path: `/api/v1/sandbox/payouts/${payoutUuid}/simulate`, token, body: { outcome }, params: { payout_uuid: payoutUuid } }),
  };
}

async function money(tenant: ChargeTenant) {
  return {
    available: await walletBalance(db, tenant.wallet.walletUuid, 'available'),
    reserved: await walletBalance(db, tenant.wallet.walletUuid, 'reserved'),
    inTransit: await platformBalance(db, tenant.entityUuid, 'payouts_in_transit', 'BRL'),
    fees: await platformBalance(db, tenant.entityUuid, 'fee_revenue', 'BRL'),
  };
}

async function payoutsOf(walletUuid: string) {
  const [row] = await db.select({ n: count() }).from(payout).where(eq(payout.walletUuid, walletUuid));
  return row!.n;
}

async function createPix(tenant: ChargeTenant, overrides: Record<string, unknown> = {}) {
  const res = await api(tenant.token).create(pixBody(tenant, overrides));
  expect(res.status).toBe(201);
  return res.body as { payout_uuid: string; status: string; transaction_reference: string; external_id: string | null };
}

const tomorrow = () => todayInBrazil(new Date(now().getTime() + 24 * 60 * 60 * 1000));

describe('POST /api/v1/bank/wallet/payout/', () => {
  it('sends a Pix at once (issued), with A.7’s body, amounts exact, and reserves amount + fee', async () => {
    const tenant = await payoutTenant();
    const res = await api(tenant.token).create(pixBody(tenant, { value: '150.5', transaction_reference: 'saque-001' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      wallet_uuid: tenant.wallet.walletUuid,
      merchant_id: tenant.wallet.merchantUuid,
      status: 'issued',
      type_payout: 'pix',
      amount: 150.5,
      fee: 1,
      currency: 'BRL',
      description: 'Saque semanal',
      beneficiary_name: 'Maria da Silva',
      transaction_reference: 'saque-001',
      schedule_date: null,
      confirmed_date: null,
      payment_code: null,
      authorization_code: null,
      destination: { pix_address_key: VALID_CPF, pix_address_key_type: 'cpf', beneficiary_name: 'Maria da Silva' },
      message: [],
    });
    expect(res.body.external_id).toMatch(/^E99999999/);
    expect(res.body.submitted_date).toEqual(expect.any(String));
    expect(res.body).not.toHaveProperty('timeline');
    expect(await money(tenant)).toMatchObject({ available: 500_00n - 151_50n, reserved: 151_50n });
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('writes the amounts as exact decimals on the wire, never floats', async () => {
    const tenant = await payoutTenant();
    const response = await createRoute(
      new Request('http://localhost/api/v1/bank/wallet/payout/', {
        method: 'POST',
        headers: { authorization: `Bearer ${tenant.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(pixBody(tenant, { value: '100.00' })),
      }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(201);
    const text = await response.text();
    expect(text).toContain('"amount":100.00');
    expect(text).toContain('"fee":1.00');
  });

  it('answers a replayed transaction_reference with 200 and the same payout, reserving once', async () => {
    const tenant = await payoutTenant();
    const first = await createPix(tenant, { transaction_reference: 'saque-replay' });
    const again = await api(tenant.token).create(pixBody(tenant, { transaction_reference: 'saque-replay' }));
    expect(again.status).toBe(200);
    expect(again.body.payout_uuid).toBe(first.payout_uuid);
    expect(again.body.status).toBe('issued');
    expect(await payoutsOf(tenant.wallet.walletUuid)).toBe(1);
    expect(await money(tenant)).toMatchObject({ available: 399_00n, reserved: 101_00n });
  });

  it('replays an Idempotency-Key’s first answer (201) without reserving again', async () => {
    const tenant = await payoutTenant();
    const headers = { 'Idempotency-Key': '3f0c8a52-8b1e-4c55-9d2a-5a1f6b7c8d90' };
    const body = pixBody(tenant);
    const first = await api(tenant.token).create(body, headers);
    const again = await api(tenant.token).create(body, headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(again.body.payout_uuid).toBe(first.body.payout_uuid);
    expect(await payoutsOf(tenant.wallet.walletUuid)).toBe(1);
    expect(await money(tenant)).toMatchObject({ available: 399_00n, reserved: 101_00n });
  });

  it('takes a TED to a bank account that passes its bank’s check digit, with the TED fee', async () => {
    const tenant = await payoutTenant();
    const res = await api(tenant.token).create({ wallet_uuid: tenant.wallet.walletUuid, type_payout: 'ted', value: 200, description: 'Fornecedor', bank_destination: BANK_ACCOUNT });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ type_payout: 'ted', status: 'issued', amount: 200, fee: 5, beneficiary_name: 'Padaria Bela Vista', destination: { ...BANK_ACCOUNT, account_type: 'checking' } });
    expect(res.body.external_id).toMatch(/^\d{15}$/);
    expect(await money(tenant)).toMatchObject({ available: 295_00n, reserved: 205_00n });
  });

  it.each([
    ['cpf', '52998224724'],
    ['cnpj', '11222333000180'],
    ['email', 'not-an-email'],
    ['phone', '11987654321'],
    ['evp', VALID_CPF],
  ])('refuses a Pix key that is not a valid %s, naming pix_destination.pix_address_key, changing nothing', async (type, key) => {
    const tenant = await payoutTenant();
    const res = await api(tenant.token).create(pixBody(tenant, { pix_destination: { pix_address_key: key, pix_address_key_type: type } }));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'validation_error' });
    expect(res.body.details.fields).toEqual([{ field: 'pix_destination.pix_address_key', message: `Not a valid Pix key of type ${type}` }]);
    expect(await payoutsOf(tenant.wallet.walletUuid)).toBe(0);
    expect(await money(tenant)).toMatchObject({ available: 500_00n, reserved: 0n });
  });

  it('refuses a bank account whose check digit is wrong, and a payout without its destination', async () => {
    const tenant = await payoutTenant();
    const wrongDigit = await api(tenant.token).create({
      wallet_uuid: tenant.wallet.walletUuid,
      type_payout: 'bank_transfer',
      value: '10.00',
      description: 'Fornecedor',
      bank_destination: { ...BANK_ACCOUNT, account_digit: '2' },
    });
    expect(wrongDigit.status).toBe(400);
    expect(wrongDigit.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['bank_destination.account_digit']);
    const missing = await api(tenant.token).create({ wallet_uuid: tenant.wallet.walletUuid, type_payout: 'ted', value: '10.00', description: 'Fornecedor' });
    expect(missing.status).toBe(400);
    expect(missing.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['bank_destination']);
    expect(await payoutsOf(tenant.wallet.walletUuid)).toBe(0);
  });

  it('refuses more than the available balance with 422 and changes nothing', async () => {
    const tenant = await payoutTenant(100_00n);
    // R$ 100,00 and its R$ 1,00 fee: R$ 1,00 more than the wallet holds.
    const res = await api(tenant.token).create(pixBody(tenant, { value: '100.00' }));
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'errors.payout.insufficient_balance' });
    expect(res.body.message).toContain('100.00');
    expect(await payoutsOf(tenant.wallet.walletUuid)).toBe(0);
    expect(await money(tenant)).toMatchObject({ available: 100_00n, reserved: 0n });
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('answers the service’s refusals in the A55 dialect', async () => {
    const tenant = await payoutTenant();
    const client = api(tenant.token);
    expect((await client.create(pixBody(tenant, { currency: 'USD' }))).body).toMatchObject({ code: 'errors.payout.currency_mismatch' });
    expect((await client.create(pixBody(tenant, { merchant_id: '00000000-0000-4000-8000-000000000000' }))).body).toMatchObject({ code: 'errors.payout.merchant_mismatch' });
    const past = await client.create(pixBody(tenant, { schedule_date: '2020-01-01' }));
    expect(past).toMatchObject({ status: 422, body: { code: 'errors.payout.schedule_date_in_past' } });
    const unknown = await client.create(pixBody(tenant, { wallet_uuid: '00000000-0000-4000-8000-000000000000' }));
    expect(unknown).toMatchObject({ status: 404, body: { code: 'errors.wallet.not_found' } });
    const spei = await client.create(pixBody(tenant, { type_payout: 'spei' }));
    expect(spei.status).toBe(400);
    expect(await payoutsOf(tenant.wallet.walletUuid)).toBe(0);
  });

  it('needs the payout:create scope', async () => {
    const tenant = await chargeTenant(db);
    const res = await api(tenant.token).create(pixBody(tenant));
    expect(res).toMatchObject({ status: 403, body: { code: 'forbidden' } });
  });

  it('keeps a scheduled payout pending with the money reserved, and cancels it back into available', async () => {
    const tenant = await payoutTenant();
    const client = api(tenant.token);
    const day = tomorrow();
    const created = await client.create(pixBody(tenant, { schedule_date: day }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'pending', schedule_date: day, external_id: null, submitted_date: null });
    expect(await money(tenant)).toMatchObject({ available: 399_00n, reserved: 101_00n });

    const canceled = await client.cancel(created.body.payout_uuid, tenant.wallet.walletUuid);
    expect(canceled.status).toBe(200);
    expect(canceled.body.status).toBe('canceled');
    expect(await money(tenant)).toMatchObject({ available: 500_00n, reserved: 0n });
    const again = await client.cancel(created.body.payout_uuid, tenant.wallet.walletUuid);
    expect(again).toMatchObject({ status: 409, body: { code: 'errors.payout.invalid_status' } });

    const detail = await client.get(created.body.payout_uuid, tenant.wallet.walletUuid);
    expect(detail.body.timeline.map((step: { from_status: string | null; to_status: string }) => [step.from_status, step.to_status])).toEqual([
      [null, 'pending'],
      ['pending', 'canceled'],
    ]);
    expect(detail.body.timeline[0].reason).toBe(`Scheduled for ${day}`);
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('does not cancel a payout already sent', async () => {
    const tenant = await payoutTenant();
    const sent = await createPix(tenant);
    const res = await api(tenant.token).cancel(sent.payout_uuid, tenant.wallet.walletUuid);
    expect(res).toMatchObject({ status: 409, body: { code: 'errors.payout.invalid_status' } });
    expect(await money(tenant)).toMatchObject({ available: 399_00n, reserved: 101_00n });
  });
});

describe('GET /api/v1/bank/wallet/payout/{payout_uuid}/{wallet_uuid}/', () => {
  it('answers the payout with its timeline', async () => {
    const tenant = await payoutTenant();
    const created = await createPix(tenant);
    const res = await api(tenant.token).get(created.payout_uuid, tenant.wallet.walletUuid);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ payout_uuid: created.payout_uuid, status: 'issued', amount: 100, fee: 1, external_id: created.external_id });
    expect(res.body.timeline).toEqual([
      { from_status: null, to_status: 'pending', reason: null, occurred_at: expect.any(String) },
      { from_status: 'pending', to_status: 'issued', reason: 'Sent to the rail', occurred_at: expect.any(String) },
    ]);
  });

  it('answers 404 for another account’s payout, another wallet, or a malformed id (400)', async () => {
    const owner = await payoutTenant();
    const stranger = await payoutTenant();
    const created = await createPix(owner);
    const theirs = await api(stranger.token).get(created.payout_uuid, owner.wallet.walletUuid);
    expect(theirs).toMatchObject({ status: 404, body: { code: 'errors.wallet.payout_not_found' } });
    const otherWallet = await api(owner.token).get(created.payout_uuid, stranger.wallet.walletUuid);
    expect(otherWallet).toMatchObject({ status: 404, body: { code: 'errors.wallet.payout_not_found' } });
    expect((await api(stranger.token).cancel(created.payout_uuid, owner.wallet.walletUuid)).status).toBe(404);
    expect((await api(stranger.token).simulate(created.payout_uuid, 'realized')).status).toBe(404);
    const malformed = await api(owner.token).get('not-a-uuid', owner.wallet.walletUuid);
    expect(malformed.status).toBe(400);
    expect(malformed.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['payout_uuid']);
    expect((await api(owner.token).get(created.payout_uuid, owner.wallet.walletUuid)).body.status).toBe('issued');
  });

  it('answers a wallet-level token of the payout’s wallet', async () => {
    const tenant = await payoutTenant();
    const created = await createPix(tenant);
    const ownWallet = await walletLevelToken(db, tenant, tenant.wallet.walletUuid, PAYOUT_SCOPES);
    expect((await api(ownWallet).get(created.payout_uuid, tenant.wallet.walletUuid)).status).toBe(200);
  });
});

describe('GET /api/v1/bank/wallet/payout/', () => {
  it('pages in A.7’s envelope, filtered by status:eq and sorted by created', async () => {
    const tenant = await payoutTenant(1_000_00n);
    const client = api(tenant.token);
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await createPix(tenant, { value: '10.00', transaction_reference: `lote-${i}` })).payout_uuid);
    await client.simulate(made[1]!, 'realized');
    await client.simulate(made[3]!, 'realized');

    const first = await client.list({ wallet_uuid: tenant.wallet.walletUuid, page: '1', limit: '2', sort: 'created:desc' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ page: 1, limit: 2, total: 5, pages: 3 });
    expect(Object.keys(first.body)).toEqual(['page', 'limit', 'total', 'pages', 'data']);
    expect(first.body.data.map((p: { payout_uuid: string }) => p.payout_uuid)).toEqual([made[4], made[3]]);
    const last = await client.list({ wallet_uuid: tenant.wallet.walletUuid, page: '3', limit: '2' });
    expect(last.body.data.map((p: { payout_uuid: string }) => p.payout_uuid)).toEqual([made[0]]);

    const oldest = await client.list({ sort: 'created:asc', limit: '10' });
    expect(oldest.body.data.map((p: { payout_uuid: string }) => p.payout_uuid)).toEqual(made);
    expect(oldest.body.data[0]).not.toHaveProperty('timeline');

    const realized = await client.list({ wallet_uuid: tenant.wallet.walletUuid, filter: 'status:eq:realized', sort: 'created:asc' });
    expect(realized.body).toMatchObject({ page: 1, limit: 10, total: 2, pages: 1 });
    expect(realized.body.data.map((p: { payout_uuid: string; status: string }) => [p.payout_uuid, p.status])).toEqual([
      [made[1], 'realized'],
      [made[3], 'realized'],
    ]);
    expect((await client.list({ filter: 'status:eq:returned' })).body).toMatchObject({ total: 0, pages: 0, data: [] });
  });

  it('refuses a filter or sort it does not offer, naming the parameter, and more than 100 a page', async () => {
    const tenant = await payoutTenant(0n);
    const client = api(tenant.token);
    for (const [query, field] of [
      [{ filter: 'amount:gt:10' }, 'filter'],
      [{ filter: 'status:ne:realized' }, 'filter'],
      [{ filter: 'status:eq:paid' }, 'filter'],
      [{ sort: 'amount:desc' }, 'sort'],
      [{ limit: '101' }, 'limit'],
      [{ page: '0' }, 'page'],
      [{ wallet_uuid: 'nope' }, 'wallet_uuid'],
    ] as const) {
      const res = await client.list(query);
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(res.body.details.fields.map((f: { field: string }) => f.field)).toEqual([field]);
    }
  });

  it('answers 404 errors.wallet.not_found for a wallet not in the account', async () => {
    const owner = await payoutTenant(0n);
    const stranger = await payoutTenant(0n);
    const res = await api(stranger.token).list({ wallet_uuid: owner.wallet.walletUuid });
    expect(res).toMatchObject({ status: 404, body: { code: 'errors.wallet.not_found' } });
  });
});

describe('POST /api/v1/sandbox/payouts/{payout_uuid}/simulate', () => {
  it('realized: the amount leaves through payouts in transit and the fee is booked', async () => {
    const tenant = await payoutTenant();
    const created = await createPix(tenant);
    const res = await api(tenant.token).simulate(created.payout_uuid, 'realized');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'realized', message: [] });
    expect(res.body.authorization_code).toMatch(/^[0-9A-F]{8}$/);
    expect(res.body.confirmed_date).toEqual(expect.any(String));
    expect(await money(tenant)).toEqual({ available: 399_00n, reserved: 0n, inTransit: 100_00n, fees: 1_00n });
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('returned: the amount comes back to available, the fee is kept', async () => {
    const tenant = await payoutTenant();
    const created = await createPix(tenant);
    const res = await api(tenant.token).simulate(created.payout_uuid, 'returned');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'returned', message: [{ code: 'RETURNED_BY_RECEIVER' }] });
    expect(await money(tenant)).toEqual({ available: 499_00n, reserved: 0n, inTransit: 0n, fees: 1_00n });
    const detail = await api(tenant.token).get(created.payout_uuid, tenant.wallet.walletUuid);
    expect(detail.body.timeline.map((step: { to_status: string }) => step.to_status)).toEqual(['pending', 'issued', 'realized', 'returned']);
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('error: amount and fee go back to available, and a final payout refuses another answer', async () => {
    const tenant = await payoutTenant();
    const created = await createPix(tenant);
    const client = api(tenant.token);
    const res = await client.simulate(created.payout_uuid, 'error');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'error', message: [{ code: 'DESTINATION_REJECTED', description: expect.any(String) }] });
    expect(await money(tenant)).toEqual({ available: 500_00n, reserved: 0n, inTransit: 0n, fees: 0n });
    expect(await client.simulate(created.payout_uuid, 'returned')).toMatchObject({ status: 409, body: { code: 'errors.payout.invalid_status' } });
    const bad = await client.simulate(created.payout_uuid, 'paid');
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['outcome']);
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('sends a scheduled payout first, then realizes it', async () => {
    const tenant = await payoutTenant();
    const created = await createPix(tenant, { schedule_date: tomorrow() });
    expect(created.status).toBe('pending');
    const res = await api(tenant.token).simulate(created.payout_uuid, 'realized');
    expect(res.body).toMatchObject({ status: 'realized', external_id: expect.stringMatching(/^E99999999/) });
    expect(await money(tenant)).toEqual({ available: 399_00n, reserved: 0n, inTransit: 100_00n, fees: 1_00n });
  });
});

describe('the payout webhook', () => {
  it('sends A.7’s payload to the payout’s webhook_url for every step', async () => {
    const tenant = await payoutTenant();
    const url = `https://hooks.example.test/payouts/${tenant.entityUuid}`;
    const created = await createPix(tenant, { webhook_url: url, transaction_reference: 'saque-hook' });
    await api(tenant.token).simulate(created.payout_uuid, 'realized');
    const realized = (await api(tenant.token).get(created.payout_uuid, tenant.wallet.walletUuid)).body;

    const [callback] = await db
      .select()
      .from(webhookEndpoint)
      .where(and(eq(webhookEndpoint.entityUuid, tenant.entityUuid), eq(webhookEndpoint.purpose, 'callback')));
    expect(callback).toMatchObject({ url, format: 'a55', status: 'enabled' });
    const deliveries = await db
      .select({ type: webhookEvent.type, subjectId: webhookEvent.subjectId, body: webhookDelivery.body })
      .from(webhookDelivery)
      .innerJoin(webhookEvent, eq(webhookEvent.eventUuid, webhookDelivery.eventUuid))
      .where(eq(webhookDelivery.endpointUuid, callback!.endpointUuid));
    expect(deliveries.map((d) => [d.type, d.subjectId])).toEqual([
      ['payout.status_changed', created.payout_uuid],
      ['payout.status_changed', created.payout_uuid],
      ['payout.status_changed', created.payout_uuid],
    ]);
    // The steps of one transaction share its time: the lifecycle orders them.
    const LIFECYCLE = ['pending', 'issued', 'realized'];
    const bodies = deliveries.map((d) => JSON.parse(d.body) as Record<string, unknown>).sort((a, b) => LIFECYCLE.indexOf(String(a.status)) - LIFECYCLE.indexOf(String(b.status)));
    expect(bodies.map((body) => body.status)).toEqual(LIFECYCLE);
    expect(bodies[2]).toEqual({
      payout_uuid: created.payout_uuid,
      status: 'realized',
      transaction_reference: 'saque-hook',
      external_id: created.external_id,
      type_payout: 'pix',
      payment_code: null,
      authorization_code: realized.authorization_code,
    });
  });
});
