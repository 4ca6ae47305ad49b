import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { webhookEvent } from '@/db/schema';
import { POST as startRoute } from '@/app/api/v1/bank/public/payment-link/[uuid]/charge/route';
import { POST as deactivateRoute } from '@/app/api/v1/bank/wallet/payment-link/[payment_link_uuid]/deactivate/route';
import { GET as getRoute } from '@/app/api/v1/bank/wallet/payment-link/[payment_link_uuid]/route';
import { POST as createRoute } from '@/app/api/v1/bank/wallet/payment-link/route';
import { GET as listRoute } from '@/app/api/v1/bank/wallet/payment-links/route';
import { updatePixSettings } from '@/lib/accounts/pix-settings';
import { simulatePayment } from '@/lib/charges/sandbox-payments';
import { cardFields, chargeRow, chargeTenant, publicChargeApi, SANDBOX_OK_CARD, VALID_CPF, type ChargeTenant } from '@/lib/charges/test-fixtures';
import { resetClock, setClock } from '@/lib/clock';
import { expectLedgerIntact } from '@/lib/ledger/testing';
import { callRoute } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { checkoutView, recordCheckoutOpened } from './checkout';

const db = await testDb();
afterEach(() => resetClock());

function linkBody(tenant: ChargeTenant, overrides: Record<string, unknown> = {}) {
  return {
    wallet_uuid: tenant.wallet.walletUuid,
    merchant_id: tenant.wallet.merchantUuid,
    region: 'BR',
    currency: 'BRL',
    billing_type: 'one_time',
    charge_type: ['credit_card', 'pix', 'boleto'],
    name: 'Camiseta azul',
    description: 'Algodão orgânico',
    value: '120.00',
    max_installment_count: 6,
    is_checkout: true,
    ...overrides,
  };
}

const api = (token: string) => ({
  create: (body: unknown) => callRoute(createRoute, { path: '/api/v1/bank/wallet/payment-link/', token, body }),
  get: (uuid: string) => callRoute(getRoute, { path: `/api/v1/bank/wallet/payment-link/${uuid}/`, token, params: { payment_link_uuid: uuid } }),
  list: (query: Record<string, string> = {}) => callRoute(listRoute, { path: `/api/v1/bank/wallet/payment-links/?${new URLSearchParams(query)}`, token }),
  deactivate: (uuid: string) =>
    callRoute(deactivateRoute, { method: 'POST', path: `/api/v1/bank/wallet/payment-link/${uuid}/deactivate/`, token, params: { payment_link_uuid: uuid } }),
});

const start = (uuid: string, body: Record<string, unknown>) =>
  callRoute(startRoute, {
    path: `/api/v1/bank/public/payment-link/${uuid}/charge`,
    params: { uuid },
    body: { payer_name: 'João Pagador', payer_email: 'joao@example.test', payer_tax_id: VALID_CPF, payer_cell_phone: '+5511912345678', ...body },
  });

async function linkTenant() {
  const tenant = await chargeTenant(db);
  await updatePixSettings(db, tenant.caller, { pix_key: '11222333000181', pix_city: 'São Paulo' });
  return tenant;
}

async function payByCard(linkUuid: string) {
  const started = await start(linkUuid, { method: 'credit_card' });
  expect(started.status, JSON.stringify(started.body)).toBe(200);
  return publicChargeApi.pay(started.body.charge_uuid, { ...cardFields(SANDBOX_OK_CARD), payer_tax_id: VALID_CPF });
}

describe('payment links', () => {
  it('create answers A.6’s shape; get, list and the checkout read the link', async () => {
    const tenant = await linkTenant();
    const created = await api(tenant.token).create(linkBody(tenant));
    expect(created).toMatchObject({ status: 200, body: { status: 'active', local_currency: '120.00', currency: 'BRL', url: expect.stringMatching(/\/checkout\/[0-9a-f-]{36}$/) } });
    expect(Object.keys(created.body).sort()).toEqual(['currency', 'local_currency', 'payment_link_uuid', 'status', 'url']);
    const uuid = created.body.payment_link_uuid;
    expect((await api(tenant.token).get(uuid)).body).toMatchObject({ charge_type: ['credit_card', 'pix', 'boleto'], is_checkout: true, max_payments: null, payments_count: 0 });
    expect((await api(tenant.token).list()).body.data.map((link: { payment_link_uuid: string }) => link.payment_link_uuid)).toEqual([uuid]);
    const view = await checkoutView(db, uuid);
    expect(view.installmentChoices).toEqual([1, 2, 3, 4, 5, 6]);
    await recordCheckoutOpened(db, uuid);
    expect((await api(tenant.token).get(uuid)).body.opened_count).toBe(1);
    const other = await linkTenant();
    expect((await api(other.token).get(uuid)).status).toBe(404);
  });

  it('refuses a value in the wrong precision, Pix in a peso wallet and another currency than the wallet’s', async () => {
    const tenant = await linkTenant();
    expect((await api(tenant.token).create(linkBody(tenant, { value: '1.001' }))).body.code).toBe('AMOUNT_INVALID');
    expect((await api(tenant.token).create(linkBody(tenant, { currency: 'MXN' }))).body.code).toBe('CURRENCY_NOT_SUPPORTED');
  });

  it('each payment is a charge carrying the link, in its webhook data too; installments must divide the amount', async () => {
    const tenant = await linkTenant();
    const uuid = (await api(tenant.token).create(linkBody(tenant, { value: '100.00' }))).body.payment_link_uuid;
    const paid = await payByCard(uuid);
    expect(paid.body.status).toBe('confirmed');
    const row = await chargeRow(db, paid.body.charge_uuid);
    expect(row).toMatchObject({ paymentLinkUuid: uuid, amountMinor: 10000n, walletUuid: tenant.wallet.walletUuid });
    const [event] = await db.select({ data: webhookEvent.data }).from(webhookEvent).where(eq(webhookEvent.subjectId, row.chargeUuid)).orderBy(webhookEvent.occurredAt).limit(1);
    expect(event!.data).toMatchObject({ payment_link_uuid: uuid });
    expect((await checkoutView(db, uuid)).installmentChoices).toEqual([1, 2, 4, 5]);
    expect((await start(uuid, { method: 'credit_card', installment_count: 3 })).body.code).toBe('errors.payment_link.installments');
    expect((await start(uuid, { method: 'credit_card', installment_count: 4 })).body).toMatchObject({ installment_count: 4 });
    expect((await api(tenant.token).get(uuid)).body.payments_count).toBe(1);
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('a single-use link completes on its first paid charge and refuses the next payer', async () => {
    const tenant = await linkTenant();
    const uuid = (await api(tenant.token).create(linkBody(tenant, { is_checkout: false }))).body.payment_link_uuid;
    expect((await payByCard(uuid)).body.status).toBe('confirmed');
    expect((await api(tenant.token).get(uuid)).body).toMatchObject({ status: 'completed', max_payments: 1, payments_count: 1 });
    expect((await start(uuid, { method: 'pix' })).body.code).toBe('errors.payment_link.completed');
  });

  it('two payers racing for a single-use link: one is paid, the other refused, nothing moved for it', async () => {
    const tenant = await linkTenant();
    const uuid = (await api(tenant.token).create(linkBody(tenant, { is_checkout: false }))).body.payment_link_uuid;
    const [first, second] = await Promise.all([start(uuid, { method: 'credit_card' }), start(uuid, { method: 'credit_card' })]);
    const card = { ...cardFields(SANDBOX_OK_CARD), payer_tax_id: VALID_CPF };
    const results = await Promise.all([publicChargeApi.pay(first!.body.charge_uuid, card), publicChargeApi.pay(second!.body.charge_uuid, card)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const refused = results.find((r) => r.status === 409)!;
    expect(refused.body.message[0].code).toBe('errors.payment_link.completed');
    const rows = await Promise.all([chargeRow(db, first!.body.charge_uuid), chargeRow(db, second!.body.charge_uuid)]);
    expect(rows.map((r) => r.status).sort()).toEqual(['confirmed', 'issued']);
    expect(rows.reduce((sum, r) => sum + r.capturedMinor, 0n)).toBe(12000n);
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('max_payments: a reusable link takes that many payments (Pix ones included), then completes', async () => {
    const tenant = await linkTenant();
    const uuid = (await api(tenant.token).create(linkBody(tenant, { max_payments: 2 }))).body.payment_link_uuid;
    const pix = await start(uuid, { method: 'pix' });
    const other = await start(uuid, { method: 'pix' });
    expect((await payByCard(uuid)).body.status).toBe('confirmed');
    expect((await simulatePayment(db, tenant.caller, { chargeUuid: pix.body.charge_uuid })).status).toBe('paid');
    await expect(simulatePayment(db, tenant.caller, { chargeUuid: other.body.charge_uuid })).rejects.toMatchObject({ code: 'errors.payment_link.completed' });
    expect((await api(tenant.token).get(uuid)).body).toMatchObject({ status: 'completed', payments_count: 2 });
    expect((await api(tenant.token).list({ status: 'completed' })).body.total).toBe(1);
  });

  it('expires at its time: no new payment, and a payment started before is refused', async () => {
    const tenant = await linkTenant();
    const uuid = (await api(tenant.token).create(linkBody(tenant, { expires_at: '2030-01-01T00:00:00Z' }))).body.payment_link_uuid;
    const started = await start(uuid, { method: 'credit_card' });
    setClock(new Date('2030-01-01T00:00:01Z'));
    expect((await api(tenant.token).get(uuid)).body.status).toBe('expired');
    expect((await api(tenant.token).list({ status: 'expired' })).body.total).toBe(1);
    expect((await start(uuid, { method: 'credit_card' })).body.code).toBe('errors.payment_link.expired');
    const late = await publicChargeApi.pay(started.body.charge_uuid, { ...cardFields(SANDBOX_OK_CARD), card_expiry_year: '2035', payer_tax_id: VALID_CPF });
    expect(late.body.message[0].code).toBe('errors.payment_link.expired');
  });

  it('deactivated: the checkout says so and refuses payments; deactivating twice changes nothing', async () => {
    const tenant = await linkTenant();
    const uuid = (await api(tenant.token).create(linkBody(tenant))).body.payment_link_uuid;
    expect((await api(tenant.token).deactivate(uuid)).body.status).toBe('inactive');
    expect((await api(tenant.token).deactivate(uuid)).body.status).toBe('inactive');
    expect((await checkoutView(db, uuid)).status).toBe('inactive');
    expect((await start(uuid, { method: 'pix' })).body.code).toBe('errors.payment_link.inactive');
    expect((await api(tenant.token).list({ status: 'active' })).body.total).toBe(0);
  });

  it('a boleto from the checkout needs the payer address', async () => {
    const tenant = await linkTenant();
    const uuid = (await api(tenant.token).create(linkBody(tenant))).body.payment_link_uuid;
    expect((await start(uuid, { method: 'boleto' })).body.code).toBe('errors.payer.address_required');
    const address = { street: 'Rua A', address_number: '1', neighborhood: 'Centro', city: 'São Paulo', state: 'SP', postal_code: '01000000', country: 'BR' };
    expect((await start(uuid, { method: 'boleto', payer_address: address })).status).toBe(200);
  });
});
