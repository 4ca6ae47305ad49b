import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { webhookEvent } from '@/db/schema';
import { expectLedgerIntact } from '@/lib/ledger/testing';
import { testDb } from '@/lib/testing/db';
import {
  cardFields,
  chargeApi,
  chargeBody,
  chargeRow,
  chargeTenant,
  DINERS_CARD,
  INVALID_CPF,
  JCB_CARD,
  LUHN_INVALID_CARD,
  luhnCard,
  publicChargeApi,
  SANDBOX_DECLINED_CARD,
  SANDBOX_OK_CARD,
  sandboxCard,
  secondWallet,
  VALID_CPF,
  chargeAssertions,
} from './test-fixtures';

const db = await testDb();

const { chargesOf, created, refusedCreate, timeline } = chargeAssertions(db);

describe('card charges through the A55 routes: the A.4 transitions the sandbox reaches', () => {
  it('host to host with an approved card: confirmed and captured, the card kept only as brand, BIN, last four and expiry', async () => {
    const tenant = await chargeTenant(db);
    const body = await created(tenant, { card: SANDBOX_OK_CARD });
    expect(body).toMatchObject({
      wallet_uuid: tenant.wallet.walletUuid,
      merchant_id: tenant.wallet.merchantUuid,
      status: 'confirmed',
      type_charge: 'credit_card',
      currency: 'BRL',
      local_currency: '100.00',
      installment_value: '100.00',
      installment_count: 1,
      installments: [{ installment_number: 1, value: '100.00' }],
      captured_amount: '100.00',
      refunded_amount: '0.00',
      amount_remaining: '100.00',
      fee_amount: '3.49',
      net_amount: '96.51',
      card: { brand: 'visa', bin: '402400', last_four: '3191', expiry_month: 12, holder_name: 'MARIA DA SILVA' },
      url_3ds: null,
      message: null,
      authorization_code: expect.stringMatching(/^\d{6}$/),
    });
    expect(JSON.stringify(body)).not.toContain(SANDBOX_OK_CARD);
    expect(await timeline(body.charge_uuid)).toEqual(['∅→issued', 'issued→confirmed']);

    const got = await chargeApi(tenant.token).get(body.charge_uuid);
    expect(got).toMatchObject({ status: 200, body: { charge_uuid: body.charge_uuid, status: 'confirmed' } });
    const looked = await chargeApi(tenant.token).lookup(body.charge_uuid, tenant.wallet.walletUuid);
    expect(looked.body).toEqual(got.body);
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('issued (no card) → paid by the payer at the public endpoint → confirmed; a second payment is 409', async () => {
    const tenant = await chargeTenant(db);
    const issued = await created(tenant);
    expect(issued).toMatchObject({ status: 'issued', card: null, captured_amount: '0.00', amount_remaining: '0.00' });
    expect((await publicChargeApi.status(issued.charge_uuid)).body).toEqual({ charge_uuid: issued.charge_uuid, status: 'issued', url_3ds: null, message: null });

    const stranger = await publicChargeApi.pay(issued.charge_uuid, { ...cardFields(), payer_tax_id: '11144477735' });
    expect(stranger).toMatchObject({ status: 422, body: { charge_uuid: issued.charge_uuid, message: [{ code: 'errors.payer.tax_id_mismatch' }] } });
    const badCard = await publicChargeApi.pay(issued.charge_uuid, { ...cardFields(LUHN_INVALID_CARD), payer_tax_id: VALID_CPF });
    expect(badCard).toMatchObject({ status: 422, body: { charge_uuid: issued.charge_uuid, message: [{ code: 'INVALID_CARD' }] } });
    expect((await chargeRow(db, issued.charge_uuid)).status).toBe('issued');

    const paid = await publicChargeApi.pay(issued.charge_uuid, { ...cardFields(), payer_tax_id: '529.982.247-25' });
    expect(paid).toMatchObject({ status: 200, body: { charge_uuid: issued.charge_uuid, status: 'confirmed', url_3ds: null, message: null } });
    const got = await chargeApi(tenant.token).get(issued.charge_uuid);
    expect(got.body).toMatchObject({ status: 'confirmed', captured_amount: '100.00', card: { last_four: '3191' } });

    const again = await publicChargeApi.pay(issued.charge_uuid, { ...cardFields(), payer_tax_id: VALID_CPF });
    expect(again).toMatchObject({ status: 409, body: { message: [{ code: 'errors.charge.invalid_status' }] } });
    expect((await publicChargeApi.pay(randomUUID(), { ...cardFields(), payer_tax_id: VALID_CPF })).status).toBe(404);
    expect(await timeline(issued.charge_uuid)).toEqual(['∅→issued', 'issued→confirmed']);
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('capture:false → pre_captured → captured in full → confirmed; a second capture is 409', async () => {
    const tenant = await chargeTenant(db);
    const api = chargeApi(tenant.token);
    const pre = await created(tenant, { card: SANDBOX_OK_CARD, capture: false });
    expect(pre).toMatchObject({ status: 'pre_captured', capture: false, captured_amount: '0.00', fee_amount: '0.00' });

    const captured = await api.capture(pre.charge_uuid, tenant.wallet.walletUuid);
    expect(captured).toMatchObject({ status: 200, body: { status: 'confirmed', captured_amount: '100.00', amount_remaining: '100.00', fee_amount: '3.49' } });
    const again = await api.capture(pre.charge_uuid, tenant.wallet.walletUuid);
    expect(again).toMatchObject({ status: 409, body: { charge_uuid: pre.charge_uuid, message: [{ code: 'errors.charge.invalid_status' }] } });
    expect(await timeline(pre.charge_uuid)).toEqual(['∅→issued', 'issued→pre_captured', 'pre_captured→confirmed']);
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('a partial capture takes that much and releases the rest; more than authorized is AMOUNT_INVALID', async () => {
    const tenant = await chargeTenant(db);
    const api = chargeApi(tenant.token);
    const pre = await created(tenant, { card: SANDBOX_OK_CARD, capture: false });

    const over = await api.capture(pre.charge_uuid, tenant.wallet.walletUuid, '100.01');
    expect(over).toMatchObject({ status: 422, body: { message: [{ code: 'AMOUNT_INVALID' }] } });
    const partial = await api.capture(pre.charge_uuid, tenant.wallet.walletUuid, '60.00');
    expect(partial.body).toMatchObject({ status: 'confirmed', local_currency: '100.00', captured_amount: '60.00', amount_remaining: '60.00', fee_amount: '2.09', net_amount: '57.91' });
    const row = await chargeRow(db, pre.charge_uuid);
    expect({ authorized: row.authorizedMinor, captured: row.capturedMinor }).toEqual({ authorized: 10_000n, captured: 6_000n });

    // What is refundable is what was captured, not what was authorized.
    const tooMuch = await api.refund(pre.charge_uuid, tenant.wallet.walletUuid, { amount: '60.01' });
    expect(tooMuch).toMatchObject({ status: 422, body: { message: [{ code: 'AMOUNT_INVALID' }] } });
    const all = await api.refund(pre.charge_uuid, tenant.wallet.walletUuid);
    expect(all.body).toMatchObject({ status: 'refunded', refunded_amount: '60.00', amount_remaining: '0.00', fee_amount: '0.00', net_amount: '0.00' });
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('cancels an issued charge and a pre-captured one (nothing moves); a confirmed one answers CANCEL_NOT_ALLOWED', async () => {
    const tenant = await chargeTenant(db);
    const api = chargeApi(tenant.token);
    const walletUuid = tenant.wallet.walletUuid;

    const issued = await created(tenant);
    const canceledIssued = await api.cancel(issued.charge_uuid, walletUuid, { reason: 'Cliente desistiu' });
    expect(canceledIssued).toMatchObject({ status: 200, body: { charge_uuid: issued.charge_uuid, wallet_uuid: walletUuid, status: 'canceled', message: {} } });
    expect((await api.get(issued.charge_uuid)).body.status).toBe('canceled');
    const payCanceled = await publicChargeApi.pay(issued.charge_uuid, { ...cardFields(), payer_tax_id: VALID_CPF });
    expect(payCanceled).toMatchObject({ status: 409, body: { message: [{ code: 'errors.charge.invalid_status' }] } });

    const pre = await created(tenant, { card: SANDBOX_OK_CARD, capture: false });
    expect((await api.cancel(pre.charge_uuid, walletUuid)).body.status).toBe('canceled');
    expect((await api.capture(pre.charge_uuid, walletUuid)).status).toBe(409);
    expect((await api.cancel(pre.charge_uuid, walletUuid)).status).toBe(409);
    expect(await timeline(pre.charge_uuid)).toEqual(['∅→issued', 'issued→pre_captured', 'pre_captured→canceled']);

    const confirmed = await created(tenant, { card: SANDBOX_OK_CARD });
    const refused = await api.cancel(confirmed.charge_uuid, walletUuid);
    expect(refused).toMatchObject({
      status: 400,
      body: { charge_uuid: confirmed.charge_uuid, status: 'error', message: [{ code: 'CANCEL_NOT_ALLOWED', source: 'charge', description: expect.stringContaining('refund') }] },
    });
    expect((await api.get(confirmed.charge_uuid)).body.status).toBe('confirmed');

    // Only the confirmed charge moved money.
    const report = await expectLedgerIntact(db, tenant.entityUuid);
    expect(report.transactions).toBe(1);
  });

  describe('3DS', () => {
    it('a challenged card waits in pending with url_3ds; passing the challenge confirms it', async () => {
      const tenant = await chargeTenant(db);
      const pending = await created(tenant, { card: SANDBOX_OK_CARD, threeds_authentication: true });
      expect(pending).toMatchObject({ status: 'pending', url_3ds: expect.stringContaining(`/pay/3ds/${pending.charge_uuid}`), captured_amount: '0.00' });
      expect(pending.action_url).toBe(pending.url_3ds);
      expect((await publicChargeApi.status(pending.charge_uuid)).body).toMatchObject({ status: 'pending', url_3ds: pending.url_3ds });

      const passed = await publicChargeApi.completeThreeDs(pending.charge_uuid, true);
      expect(passed).toMatchObject({ status: 200, body: { charge_uuid: pending.charge_uuid, status: 'confirmed', url_3ds: null, message: null } });
      expect((await chargeApi(tenant.token).get(pending.charge_uuid)).body).toMatchObject({ status: 'confirmed', captured_amount: '100.00', url_3ds: null });
      expect((await publicChargeApi.completeThreeDs(pending.charge_uuid, true)).status).toBe(409);
      expect(await timeline(pending.charge_uuid)).toEqual(['∅→issued', 'issued→pending', 'pending→confirmed']);
      await expectLedgerIntact(db, tenant.entityUuid);
    });

    it('failing the challenge ends the charge in error with 3DS_FAILED from the acquirer', async () => {
      const tenant = await chargeTenant(db);
      const pending = await created(tenant, { card: SANDBOX_OK_CARD, threeds_authentication: true });
      const failed = await publicChargeApi.completeThreeDs(pending.charge_uuid, false);
      expect(failed).toMatchObject({
        status: 200,
        body: { charge_uuid: pending.charge_uuid, status: 'error', url_3ds: null, message: [{ code: '3DS_FAILED', source: 'acquirer', description: expect.any(String) }] },
      });
      expect((await chargeApi(tenant.token).get(pending.charge_uuid)).body).toMatchObject({ status: 'error', captured_amount: '0.00' });
      expect((await expectLedgerIntact(db, tenant.entityUuid)).transactions).toBe(0);
    });

    it('the payer can be challenged at the public pay endpoint too, and a pending charge can be canceled', async () => {
      const tenant = await chargeTenant(db);
      const issued = await created(tenant, { threeds_authentication: true, capture: false });
      const paid = await publicChargeApi.pay(issued.charge_uuid, { ...cardFields(sandboxCard(0)), payer_tax_id: VALID_CPF });
      expect(paid.body).toMatchObject({ status: 'pending', url_3ds: expect.stringContaining(issued.charge_uuid) });
      expect((await publicChargeApi.completeThreeDs(issued.charge_uuid, true)).body.status).toBe('pre_captured');

      const other = await created(tenant, { card: SANDBOX_OK_CARD, threeds_authentication: true });
      expect((await chargeApi(tenant.token).cancel(other.charge_uuid, tenant.wallet.walletUuid)).body.status).toBe('canceled');
      expect((await publicChargeApi.completeThreeDs(other.charge_uuid, true)).status).toBe(409);
    });
  });

  describe('sandbox declines (A.11: the last digit decides)', () => {
    it.each([
      ['2', 'CARD_DECLINED', '05'],
      ['3', 'EXPIRED_CARD', '57'],
      ['5', 'CARD_DECLINED', '78'],
      ['6', 'TIMEOUT', '99'],
      ['7', 'CARD_DECLINED', '77'],
      ['8', 'CARD_DECLINED', '70'],
    ])('a card ending in %s is a charge in error with %s (rc %s) from the acquirer', async (digit, code, responseCode) => {
      const tenant = await chargeTenant(db);
      const body = await created(tenant, { card: sandboxCard(digit) });
      expect(body).toMatchObject({
        status: 'error',
        captured_amount: '0.00',
        message: [{ code, source: 'acquirer', description: expect.any(String) }],
        card: { last_four: expect.stringMatching(new RegExp(`${digit}$`)) },
      });
      expect(body.message).toHaveLength(1);
      const row = await chargeRow(db, body.charge_uuid);
      expect(row.responseCode).toBe(responseCode);
      // The webhook event carries the response code, as A.9's older payload does.
      const [event] = await db.select({ data: webhookEvent.data }).from(webhookEvent).where(and(eq(webhookEvent.subjectId, body.charge_uuid), eq(webhookEvent.type, 'charge.error')));
      expect(event?.data).toMatchObject({ status: 'error', error_code: responseCode });
      expect(await timeline(body.charge_uuid)).toEqual(['∅→issued', 'issued→error']);
      expect((await expectLedgerIntact(db, tenant.entityUuid)).transactions).toBe(0);
      // A failed charge is over: neither paid, captured, refunded nor canceled.
      const api = chargeApi(tenant.token);
      expect((await api.refund(body.charge_uuid, tenant.wallet.walletUuid)).status).toBe(409);
      expect((await api.cancel(body.charge_uuid, tenant.wallet.walletUuid)).status).toBe(409);
    });

    it("A.11's ready declined card and a Luhn-valid card ending in 2 are declined alike", async () => {
      const tenant = await chargeTenant(db);
      for (const number of [SANDBOX_DECLINED_CARD, luhnCard(2)]) {
        const body = await created(tenant, { card: number });
        expect(body).toMatchObject({ status: 'error', message: [{ code: 'CARD_DECLINED', source: 'acquirer' }] });
      }
    });

    it('a Luhn-invalid card that is no test card is 422 INVALID_CARD and creates nothing', async () => {
      const tenant = await chargeTenant(db);
      const body = await refusedCreate(tenant, { card: LUHN_INVALID_CARD }, 422, 'INVALID_CARD');
      expect(JSON.stringify(body)).not.toContain(LUHN_INVALID_CARD);
    });
  });

  describe('amounts and currencies (A.5)', () => {
    it('CLP takes whole amounts; 10.5 in CLP and three decimals in BRL are AMOUNT_INVALID', async () => {
      const tenant = await chargeTenant(db);
      const clpWallet = await secondWallet(db, tenant, 'CLP');
      const clp = { wallet: clpWallet };

      const res = await chargeApi(tenant.token).create(chargeBody(clp, { installment_value: '3333', installment_count: 3, card: SANDBOX_OK_CARD }));
      expect(res.body).toMatchObject({ status: 'confirmed', currency: 'CLP', local_currency: '9999', installment_value: '3333', captured_amount: '9999', fee_amount: '349' });
      const asNumber = await chargeApi(tenant.token).create({ ...chargeBody(clp), installment_value: 15000 });
      expect(asNumber.body).toMatchObject({ status: 'issued', local_currency: '15000' });

      const before = await chargesOf(tenant.entityUuid);
      for (const [target, value] of [
        [clp, '10.5'],
        [tenant, '10.555'],
        [tenant, '0'],
        [tenant, '-5.00'],
      ] as const) {
        const refused = await chargeApi(tenant.token).create(chargeBody(target, { installment_value: value }));
        expect(refused, value).toMatchObject({ status: 422, body: { charge_uuid: null, status: 'error', message: [{ code: 'AMOUNT_INVALID', source: 'charge' }] } });
      }
      expect(await chargesOf(tenant.entityUuid)).toBe(before);
      await expectLedgerIntact(db, tenant.entityUuid);
    });

    it('a currency other than the wallet’s is CURRENCY_NOT_SUPPORTED', async () => {
      const tenant = await chargeTenant(db);
      await refusedCreate(tenant, { currency: 'MXN', card: SANDBOX_OK_CARD }, 422, 'CURRENCY_NOT_SUPPORTED');
    });
  });

  describe('methods, brands and installments refused before the acquirer', () => {
    it.each(['spei', 'applepay', 'googlepay'])('type_charge %s is PAYMENT_METHOD_NOT_SUPPORTED', async (method) => {
      const tenant = await chargeTenant(db);
      await refusedCreate(tenant, { type_charge: method }, 422, 'PAYMENT_METHOD_NOT_SUPPORTED');
    });

    it('JCB is refused; Diners takes no installments; a debit card is paid in one installment', async () => {
      const tenant = await chargeTenant(db);
      const jcb = await refusedCreate(tenant, { card: JCB_CARD }, 422, 'CARD_DECLINED');
      expect(jcb.message[0].description).toMatch(/JCB/);
      await refusedCreate(tenant, { card: DINERS_CARD, installment_value: '33.33', installment_count: 3 }, 422, 'INSTALLMENTS_NOT_ALLOWED');
      await refusedCreate(tenant, { card: SANDBOX_OK_CARD, type_charge: 'debit_card', installment_value: '50.00', installment_count: 2 }, 422, 'INSTALLMENTS_NOT_ALLOWED');

      // The same cards and methods within the rules go through.
      expect((await created(tenant, { card: DINERS_CARD })).status).toBe('confirmed');
      expect(await created(tenant, { card: SANDBOX_OK_CARD, type_charge: 'debit_card' })).toMatchObject({ status: 'confirmed', type_charge: 'debit_card', fee_amount: '1.99' });
      expect(await created(tenant, { card: SANDBOX_OK_CARD, installment_value: '33.33', installment_count: 3 })).toMatchObject({
        status: 'confirmed',
        local_currency: '99.99',
        installments: [
          { installment_number: 1, value: '33.33' },
          { installment_number: 2, value: '33.33' },
          { installment_number: 3, value: '33.33' },
        ],
      });
    });

    it('a CPF with wrong check digits is 422 and creates nothing', async () => {
      const tenant = await chargeTenant(db);
      await refusedCreate(tenant, { payer_tax_id: INVALID_CPF, card: SANDBOX_OK_CARD }, 422, 'errors.payer.tax_id_invalid');
      await refusedCreate(tenant, { payer_tax_id: INVALID_CPF }, 422, 'errors.payer.tax_id_invalid');
    });

    it('a bad schema field (phone not E.164, half the card fields) is a validation error naming the field', async () => {
      const tenant = await chargeTenant(db);
      const phone = await chargeApi(tenant.token).create(chargeBody(tenant, { payer_cell_phone: '11987654321' }));
      expect(phone.status).toBe(400);
      expect(phone.body.message).toEqual([expect.objectContaining({ field: 'payer_cell_phone' })]);
      const half = await chargeApi(tenant.token).create({ ...chargeBody(tenant), card_number: SANDBOX_OK_CARD });
      expect(half.status).toBe(400);
      expect(half.body.message.map((m: { field: string }) => m.field).sort()).toEqual(['card_cvv', 'card_expiry_month', 'card_expiry_year', 'card_name']);
      expect(await chargesOf(tenant.entityUuid)).toBe(0);
    });
  });
});
