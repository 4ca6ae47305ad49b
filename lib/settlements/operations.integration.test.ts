import { afterEach, describe, expect, it } from 'vitest';
import { updatePixSettings } from '@/lib/accounts/pix-settings';
import { resetClock, setClock } from '@/lib/clock';
import { chargeApi, chargeBody, chargeTenant, secondWallet, walletToken } from '@/lib/charges/test-fixtures';
import { testDb } from '@/lib/testing/db';
import { settleDueCharges } from './run';
import { cardChargeAt, FRIDAY_AFTERNOON, MONDAY_RUN, paidBoletoAt, sandboxPay, settlementApi } from './test-fixtures';

// The reconciliation variant of GET /api/v1/bank/wallet/charge/ (reference A.8) and our
// settlement routes, through their real handlers: scoped to the caller, windows by settled time.

const db = await testDb();
afterEach(() => resetClock());

const TUESDAY_RUN = new Date('2028-03-07T03:15:00Z');

async function settledTenant() {
  const tenant = await chargeTenant(db);
  await updatePixSettings(db, tenant.caller, { pix_key: 'financeiro@loja.example', pix_city: 'São Paulo' });
  const card = await cardChargeAt(tenant, FRIDAY_AFTERNOON);
  const boleto = await paidBoletoAt(tenant, new Date('2028-03-06T12:00:00Z'));
  setClock(new Date('2028-03-06T13:00:00Z'));
  const pix = (await chargeApi(tenant.token).create(chargeBody(tenant, { type_charge: 'pix', items: [] }))).body.charge_uuid as string;
  expect((await sandboxPay(tenant.token, pix)).body.status).toBe('paid');
  setClock(MONDAY_RUN);
  await settleDueCharges(db, MONDAY_RUN, { entityUuid: tenant.entityUuid });
  setClock(TUESDAY_RUN);
  await settleDueCharges(db, TUESDAY_RUN, { entityUuid: tenant.entityUuid });
  return { tenant, card, boleto, pix };
}

describe('GET /api/v1/bank/wallet/charge/?settled=true (reconciliation)', () => {
  it("answers {results} with A.8's fields, oldest settlement first, Pix at its paid time", async () => {
    const { tenant, card, boleto, pix } = await settledTenant();
    const res = await settlementApi(tenant.token).reconciliation({ status: 'paid', page_size: '100' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.results.map((r: { charge_uuid: string }) => r.charge_uuid)).toEqual([card, pix, boleto]);
    expect(res.body.results[0]).toEqual({
      charge_uuid: card,
      wallet_uuid: tenant.wallet.walletUuid,
      type: 'credit_card',
      status: 'paid',
      currency: 'BRL',
      gross_amount: '100.00',
      mdr_amount: '3.49',
      interchange_amount: '0.00',
      processing_fee: '0.00',
      fx_fee: '0.00',
      total_fees: '3.49',
      refunded_net_amount: '0.00',
      net_amount: '96.51',
      settled_at: '2028-03-06T03:15:00.000000Z',
      settlement_uuid: expect.any(String),
    });
    expect(res.body.results[1]).toMatchObject({ type: 'pix', mdr_amount: '0.99', total_fees: '0.99', net_amount: '99.01', settlement_uuid: null });
    expect(res.body.results[2]).toMatchObject({ type: 'boleto', processing_fee: '3.49', mdr_amount: '0.00', net_amount: '96.51' });
    expect(res.body).toMatchObject({ has_more: false, next_cursor: null });
  });

  it('filters by settled_after (inclusive) and settled_before (exclusive), status and wallet, and pages', async () => {
    const { tenant, card, boleto, pix } = await settledTenant();
    const api = settlementApi(tenant.token);
    const ids = async (query: Record<string, string>) => ((await api.reconciliation(query)).body.results as { charge_uuid: string }[]).map((r) => r.charge_uuid);
    expect(await ids({ settled_after: '2028-03-06T03:15:00Z', settled_before: '2028-03-06T13:00:00Z' })).toEqual([card]);
    expect(await ids({ settled_after: '2028-03-06T03:15:00.000001Z' })).toEqual([pix, boleto]);
    expect(await ids({ settled_before: '2028-03-07T03:15:00Z' })).toEqual([card, pix]);
    expect(await ids({ settled_after: '2028-03-07' })).toEqual([boleto]);
    expect(await ids({ status: 'refunded' })).toEqual([]);
    const other = await secondWallet(db, tenant, 'MXN');
    expect(await ids({ wallet_uuid: other.walletUuid })).toEqual([]);

    const first = await api.reconciliation({ page_size: '2' });
    expect(first.body).toMatchObject({ has_more: true, next_cursor: expect.any(String) });
    const second = await api.reconciliation({ page_size: '2', starting_after: first.body.next_cursor });
    expect(second.body.results.map((r: { charge_uuid: string }) => r.charge_uuid)).toEqual([boleto]);
  });

  it("is scoped to the caller: another account's and another wallet's settled charges never show", async () => {
    const { tenant } = await settledTenant();
    const stranger = await chargeTenant(db);
    expect((await settlementApi(stranger.token).reconciliation({})).body.results).toEqual([]);
    const other = await secondWallet(db, tenant, 'MXN');
    const confined = await walletToken(db, tenant, other.walletUuid);
    expect((await settlementApi(confined).reconciliation({})).body.results).toEqual([]);
  });

  it('keeps the lookup of one charge, which still needs charge_uuid and wallet_uuid', async () => {
    const tenant = await chargeTenant(db);
    const card = await cardChargeAt(tenant, FRIDAY_AFTERNOON);
    expect((await chargeApi(tenant.token).lookup(card, tenant.wallet.walletUuid)).body).toMatchObject({ charge_uuid: card, status: 'confirmed' });
    const missing = await settlementApi(tenant.token).reconciliation({ settled: 'false' });
    expect(missing.status).toBe(400);
  });
});

describe('GET /api/v1/bank/wallet/settlements/', () => {
  it('lists the settlements per day, newest first, and shows one with its lines', async () => {
    const { tenant, card, boleto } = await settledTenant();
    const api = settlementApi(tenant.token);
    const list = await api.list({ wallet_uuid: tenant.wallet.walletUuid });
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    expect(list.body).toMatchObject({ page: 1, limit: 20, total: 2, pages: 1, has_more: false });
    expect(list.body.data.map((s: { settlement_date: string }) => s.settlement_date)).toEqual(['2028-03-07', '2028-03-06']);
    expect(list.body.data[1]).toMatchObject({ gross_amount: '100.00', total_fees: '3.49', net_amount: '96.51', line_count: 1, currency: 'BRL' });

    const detail = await api.get(list.body.data[0].settlement_uuid);
    expect(detail.body.lines).toEqual([expect.objectContaining({ charge_uuid: boleto, type: 'boleto', net_amount: '96.51', processing_fee: '3.49' })]);
    const monday = await api.get(list.body.data[1].settlement_uuid);
    expect(monday.body.lines.map((l: { charge_uuid: string }) => l.charge_uuid)).toEqual([card]);
  });

  it("answers 404 for another account's settlement", async () => {
    const { tenant } = await settledTenant();
    const [first] = (await settlementApi(tenant.token).list()).body.data;
    const stranger = await chargeTenant(db);
    expect((await settlementApi(stranger.token).get(first.settlement_uuid)).status).toBe(404);
    expect((await settlementApi(stranger.token).list()).body.total).toBe(0);
  });
});

describe('POST /api/v1/sandbox/settlements/run', () => {
  it('settles the account’s awaiting charges today, without waiting for their delay', async () => {
    const tenant = await chargeTenant(db);
    const card = await cardChargeAt(tenant, FRIDAY_AFTERNOON);
    setClock(new Date('2028-03-03T19:00:00Z'));
    const other = await chargeTenant(db);
    expect((await settlementApi(tenant.token).settleNow({ wallet_uuid: other.wallet.walletUuid })).status).toBe(404);
    const res = await settlementApi(tenant.token).settleNow({ wallet_uuid: tenant.wallet.walletUuid });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ settled: 1, failed: 0 });
    expect((await chargeApi(tenant.token).get(card)).body.status).toBe('paid');
    const list = await settlementApi(tenant.token).list({ wallet_uuid: tenant.wallet.walletUuid });
    expect(list.body.data).toEqual([expect.objectContaining({ settlement_date: '2028-03-03' })]);
    expect((await settlementApi(tenant.token).settleNow()).body).toEqual({ settled: 0, failed: 0 });
  });
});
