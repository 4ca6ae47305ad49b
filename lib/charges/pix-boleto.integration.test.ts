import { eq, sql } from 'drizzle-orm';
import { hasError, isStaticPix, parsePix } from 'pix-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { isValidBoleto } from '@brazilian-utils/brazilian-utils';
import { webhookEvent } from '@/db/schema';
import { POST as createPixRoute } from '@/app/api/v1/bank/wallet/charge/pix/route';
import { POST as expireRoute } from '@/app/api/v1/sandbox/charges/[charge_uuid]/expire/route';
import { POST as payRoute } from '@/app/api/v1/sandbox/charges/[charge_uuid]/pay/route';
import { updatePixSettings } from '@/lib/accounts/pix-settings';
import { barcodeFromLine } from '@/lib/boleto/barcode';
import { resetClock, setClock } from '@/lib/clock';
import { pixTxid } from '@/lib/pix/br-code';
import { expectLedgerIntact } from '@/lib/ledger/testing';
import { callRoute } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { expireIfDue } from './expiry';
import { chargeApi, chargeBody, chargeLedger, chargeRow, chargeTenant, INVALID_CPF, postings, secondWallet, walletBalance, type ChargeTenant } from './test-fixtures';

const db = await testDb();
afterEach(() => resetClock());

async function pixTenant() {
  const tenant = await chargeTenant(db);
  await updatePixSettings(db, tenant.caller, { pix_key: 'financeiro@loja.example', pix_city: 'São Paulo' });
  return tenant;
}

const sandbox = (token: string) => ({
  pay: (chargeUuid: string, amount?: string) =>
    callRoute(payRoute, { path: `/api/v1/sandbox/charges/${chargeUuid}/pay`, token, body: amount === undefined ? {} : { amount }, params: { charge_uuid: chargeUuid } }),
  expire: (chargeUuid: string) => callRoute(expireRoute, { method: 'POST', path: `/api/v1/sandbox/charges/${chargeUuid}/expire`, token, params: { charge_uuid: chargeUuid } }),
});

async function createPix(tenant: ChargeTenant, overrides: Record<string, unknown> = {}) {
  const created = await chargeApi(tenant.token).create(chargeBody(tenant, { type_charge: 'pix', items: [], ...overrides }));
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  return created.body;
}

async function createBoleto(tenant: ChargeTenant, overrides: Record<string, unknown> = {}) {
  const created = await chargeApi(tenant.token).create(chargeBody(tenant, { type_charge: 'boleto', items: [], due_date: undefined, ...overrides }));
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  return created.body;
}

async function eventsOf(chargeUuid: string) {
  const rows = await db.select({ type: webhookEvent.type }).from(webhookEvent).where(eq(webhookEvent.subjectId, chargeUuid)).orderBy(webhookEvent.occurredAt);
  return rows.map((row) => row.type);
}

describe('Pix charges', () => {
  it('issue a BR Code on the account key that an independent parser reads back, with its QR, expiry and payment page', async () => {
    const tenant = await pixTenant();
    const pix = await createPix(tenant, { installment_value: '123.45', pix_expiration_seconds: 600 });
    expect(pix).toMatchObject({ status: 'issued', type_charge: 'pix', charge_payment_url: expect.stringMatching(new RegExp(`/pay/${pix.charge_uuid}$`)) });
    const parsed = parsePix(pix.pix_payload.copy_paste);
    if (hasError(parsed) || !isStaticPix(parsed)) throw new Error(`pix-utils refused ${pix.pix_payload.copy_paste}`);
    expect(parsed).toMatchObject({ pixKey: 'financeiro@loja.example', transactionAmount: 123.45, merchantCity: 'SAO PAULO', txid: pixTxid(pix.charge_uuid) });
    expect(Buffer.from(pix.pix_payload.qr_code_base64, 'base64').subarray(1, 4).toString()).toBe('PNG');
    expect(Date.parse(pix.pix_payload.expiration) - Date.parse(pix.created_at)).toBeGreaterThanOrEqual(599_000);
  });

  it('answers the dedicated endpoint in its own shape', async () => {
    const tenant = await pixTenant();
    const { installment_value: _value, installment_count: _count, type_charge: _type, items: _items, ...body } = chargeBody(tenant);
    const created = await callRoute(createPixRoute, { path: '/api/v1/bank/wallet/charge/pix/', token: tenant.token, body: { ...body, amount: 50 } });
    expect(created).toMatchObject({ status: 200, body: { status: 'issued', local_currency: '50.00', pix_payload: { copy_paste: expect.stringContaining('br.gov.bcb.pix') } } });
    expect(Object.keys(created.body).sort()).toEqual(['charge_payment_url', 'charge_uuid', 'local_currency', 'pix_payload', 'status']);
  });

  it('refuses another currency, a bad CPF, installments, card fields and an account without a Pix key', async () => {
    const tenant = await pixTenant();
    const api = chargeApi(tenant.token);
    const mxn = await secondWallet(db, tenant, 'MXN');
    const refusal = async (body: Record<string, unknown>) => (await api.create(body)).body.message[0].code;
    expect(await refusal(chargeBody({ wallet: mxn }, { type_charge: 'pix', items: [] }))).toBe('CURRENCY_NOT_SUPPORTED');
    expect(await refusal(chargeBody(tenant, { type_charge: 'pix', payer_tax_id: INVALID_CPF }))).toBe('errors.payer.tax_id_invalid');
    expect(await refusal(chargeBody(tenant, { type_charge: 'pix', installment_count: 2 }))).toBe('INSTALLMENTS_NOT_ALLOWED');
    expect(await refusal(chargeBody(tenant, { type_charge: 'pix', card: '4024007153763191' }))).toBe('errors.charge.card_fields_not_allowed');
    const keyless = await chargeTenant(db);
    expect((await chargeApi(keyless.token).create(chargeBody(keyless, { type_charge: 'pix' }))).body.message[0].code).toBe('errors.pix.key_not_configured');
  });

  it('paid: issued → paid at once, money available net of the 0.99 % fee; a second payment or a wrong amount is refused', async () => {
    const tenant = await pixTenant();
    const pix = await createPix(tenant);
    const api = sandbox(tenant.token);
    expect((await api.pay(pix.charge_uuid, '99.99')).body.message[0].code).toBe('AMOUNT_INVALID');
    const paid = await api.pay(pix.charge_uuid);
    expect(paid).toMatchObject({ status: 200, body: { status: 'paid', paid_amount: '100.00', captured_amount: '100.00', fee_amount: '0.99', net_amount: '99.01' } });
    expect((await api.pay(pix.charge_uuid)).status).toBe(409);
    expect(postings(await chargeLedger(db, pix.charge_uuid))).toEqual([
      { kind: 'pix_payment', entries: { pix_clearing: -10000n, available: 9901n, fee_revenue: 99n } },
    ]);
    expect(await walletBalance(db, tenant.wallet.walletUuid, 'available')).toBe(9901n);
    expect(await eventsOf(pix.charge_uuid)).toEqual(['charge.issued', 'charge.paid']);
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('expires: the job cancels it once its time has come (and not before), with its webhook; a late payment is refused', async () => {
    const tenant = await pixTenant();
    const pix = await createPix(tenant, { pix_expiration_seconds: 60 });
    expect(await expireIfDue(db, pix.charge_uuid)).toBeNull();
    setClock(new Date(Date.parse(pix.pix_payload.expiration) + 1000));
    expect((await expireIfDue(db, pix.charge_uuid))?.status).toBe('canceled');
    expect(await expireIfDue(db, pix.charge_uuid)).toBeNull();
    expect((await sandbox(tenant.token).pay(pix.charge_uuid)).status).toBe(409);
    expect(await eventsOf(pix.charge_uuid)).toEqual(['charge.issued', 'charge.canceled']);
    expect(await chargeLedger(db, pix.charge_uuid)).toEqual([]);
  });

  it('queues its expiry job, due when the Pix expires, in the transaction that created it', async () => {
    const tenant = await pixTenant();
    const pix = await createPix(tenant, { pix_expiration_seconds: 120 });
    const jobs = await db.execute<{ start_after: Date }>(sql`select start_after from pgboss.job where name = 'charge-expiry' and data->>'chargeUuid' = ${pix.charge_uuid}`);
    expect([...jobs].map((job) => new Date(job.start_after).toISOString())).toEqual([pix.pix_payload.expiration]);
  });

  it('a payment reported after the expiry, before the job ran, is refused as expired', async () => {
    const tenant = await pixTenant();
    const pix = await createPix(tenant, { pix_expiration_seconds: 60 });
    setClock(new Date(Date.parse(pix.pix_payload.expiration) + 1000));
    expect((await sandbox(tenant.token).pay(pix.charge_uuid)).body.message[0].code).toBe('errors.charge.expired');
  });

  it('sandbox expire cancels an issued Pix now; canceled ones and cards are refused', async () => {
    const tenant = await pixTenant();
    const pix = await createPix(tenant);
    expect((await sandbox(tenant.token).expire(pix.charge_uuid)).body).toMatchObject({ status: 'canceled' });
    expect((await sandbox(tenant.token).expire(pix.charge_uuid)).status).toBe(409);
    const card = (await chargeApi(tenant.token).create(chargeBody(tenant))).body;
    expect((await sandbox(tenant.token).expire(card.charge_uuid)).body.message[0].code).toBe('PAYMENT_METHOD_NOT_SUPPORTED');
  });
});

describe('boleto charges', () => {
  it('issue a FEBRABAN barcode and line an independent validator accepts, due in 3 days, with sequential nosso número', async () => {
    const tenant = await chargeTenant(db);
    const first = await createBoleto(tenant, { installment_value: '250.00' });
    const second = await createBoleto(tenant, { due_date: '2031-01-15' });
    expect(first).toMatchObject({ status: 'issued', barcode: expect.stringMatching(/^\d{47}$/), boleto_url: expect.stringMatching(/\/boleto$/) });
    expect(isValidBoleto(first.barcode)).toBe(true);
    const barcode = barcodeFromLine(first.barcode);
    expect(barcode.slice(0, 3)).toBe('999');
    expect(barcode.slice(9, 19)).toBe('0000025000');
    const rows = [await chargeRow(db, first.charge_uuid), await chargeRow(db, second.charge_uuid)];
    expect(rows.map((row) => row.boletoOurNumber)).toEqual([1n, 2n]);
    expect(rows[1]!.dueDate).toBe('2031-01-15');
    expect(Date.parse(rows[0]!.dueDate) - Date.parse(rows[0]!.createdAt.toISOString().slice(0, 10))).toBeGreaterThanOrEqual(2 * 86_400_000);
  });

  it('refuses installments, another currency and a past due date', async () => {
    const tenant = await chargeTenant(db);
    const api = chargeApi(tenant.token);
    expect((await api.create(chargeBody(tenant, { type_charge: 'boleto', installment_count: 3 }))).body.message[0].code).toBe('INSTALLMENTS_NOT_ALLOWED');
    expect((await api.create(chargeBody(tenant, { type_charge: 'boleto', due_date: '2020-01-01' }))).body.message[0].code).toBe('errors.charge.due_date_in_past');
    const clp = await secondWallet(db, tenant, 'CLP');
    expect((await api.create(chargeBody({ wallet: clp }, { type_charge: 'boleto' }))).body.message[0].code).toBe('CURRENCY_NOT_SUPPORTED');
  });

  it('paid exactly: issued → pending, the net in the pending balance, boleto clearing and the fixed fee', async () => {
    const tenant = await chargeTenant(db);
    const boleto = await createBoleto(tenant);
    const paid = await sandbox(tenant.token).pay(boleto.charge_uuid);
    expect(paid.body).toMatchObject({ status: 'pending', paid_amount: '100.00', captured_amount: '100.00', fee_amount: '3.49', net_amount: '96.51' });
    expect(postings(await chargeLedger(db, boleto.charge_uuid))).toEqual([{ kind: 'boleto_payment', entries: { boleto_clearing: -10000n, pending: 9651n, fee_revenue: 349n } }]);
    expect(await eventsOf(boleto.charge_uuid)).toEqual(['charge.issued', 'charge.pending']);
    // Paid and settling, it is neither a 3DS wait nor cancelable.
    expect(paid.body).toMatchObject({ url_3ds: null, action_url: null });
    expect((await chargeApi(tenant.token).cancel(boleto.charge_uuid, tenant.wallet.walletUuid)).body.message[0].code).toBe('CANCEL_NOT_ALLOWED');
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('paid short: the charge captures what came; paid over: it captures its amount and the excess is credited beside it', async () => {
    const tenant = await chargeTenant(db);
    const short = await createBoleto(tenant);
    expect((await sandbox(tenant.token).pay(short.charge_uuid, '60.00')).body).toMatchObject({ status: 'pending', paid_amount: '60.00', captured_amount: '60.00', fee_amount: '3.49', net_amount: '56.51' });
    expect(postings(await chargeLedger(db, short.charge_uuid))).toEqual([{ kind: 'boleto_payment', entries: { boleto_clearing: -6000n, pending: 5651n, fee_revenue: 349n } }]);

    const over = await createBoleto(tenant);
    expect((await sandbox(tenant.token).pay(over.charge_uuid, '120.00')).body).toMatchObject({ status: 'pending', paid_amount: '120.00', captured_amount: '100.00', net_amount: '116.51' });
    expect(postings(await chargeLedger(db, over.charge_uuid))).toEqual([{ kind: 'boleto_payment', entries: { boleto_clearing: -12000n, pending: 11651n, fee_revenue: 349n } }]);
    expect(await walletBalance(db, tenant.wallet.walletUuid, 'pending')).toBe(5651n + 11651n);
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('canceled: an unpaid boleto is canceled when its due day ends in Brasília, and cannot be paid after', async () => {
    const tenant = await chargeTenant(db);
    const boleto = await createBoleto(tenant, { due_date: '2031-03-10' });
    setClock(new Date('2031-03-10T23:00:00-03:00'));
    expect(await expireIfDue(db, boleto.charge_uuid)).toBeNull();
    setClock(new Date('2031-03-11T00:00:00-03:00'));
    expect((await expireIfDue(db, boleto.charge_uuid))?.status).toBe('canceled');
    expect((await sandbox(tenant.token).pay(boleto.charge_uuid)).status).toBe(409);
    expect(await chargeLedger(db, boleto.charge_uuid)).toEqual([]);
  });
});
