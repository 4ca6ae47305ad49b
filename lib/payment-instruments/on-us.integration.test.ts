import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { invoiceItem, paymentInstrument, webhookEvent } from '@/db/schema';
import { chargeApi, chargeBody, chargeRow, chargeTenant, publicChargeApi, VALID_CPF } from '@/lib/charges/test-fixtures';
import { expectLedgerIntact } from '@/lib/ledger/testing';
import { testDb } from '@/lib/testing/db';
import { cardIssuer, issueCard, platformCardFields, walletUsedLimit, type IssuedCard } from './test-fixtures';

// On-us purchases: a merchant of one account charges a postpaid card another account issued (and
// the issuer's own merchant, too). The platform authorizes them as the issuer, against the card's
// and the credit wallet's limits, through the same charge routes as any card.

const db = await testDb();

async function buy(merchant: Awaited<ReturnType<typeof chargeTenant>>, card: IssuedCard, overrides: Record<string, unknown> = {}) {
  return chargeApi(merchant.token).create({ ...chargeBody(merchant), ...platformCardFields(card), ...overrides });
}

async function cardUsed(card: IssuedCard): Promise<bigint> {
  const [row] = await db.select().from(paymentInstrument).where(eq(paymentInstrument.paymentInstrumentKey, card.payment_instrument_key));
  return row!.usedLimitMinor;
}

async function intact(...accounts: { entityUuid: string }[]) {
  for (const account of accounts) await expectLedgerIntact(db, account.entityUuid);
}

describe('a purchase with a platform card at another account’s merchant', () => {
  it('is authorized by the platform and uses the card’s and the wallet’s limits', async () => {
    const issuer = await cardIssuer(db);
    const card = await issueCard(issuer, '300.00');
    const merchant = await chargeTenant(db);

    const res = await buy(merchant, card);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'confirmed' });
    const row = await chargeRow(db, res.body.charge_uuid as string);
    expect(row.acquirer).toBe('platform');
    expect(row.cardLastFour).toBe(card.card.last_four_digits);

    expect(await cardUsed(card)).toBe(100_00n);
    expect(await walletUsedLimit(issuer)).toBe(100);
    const entries = await issuer.api.entries(card.payment_instrument_key);
    expect(entries.body.data).toHaveLength(1);
    expect(entries.body.data[0]).toMatchObject({
      payment_instrument_entry_amount: 100,
      payment_instrument_entry_type: 'purchase',
      payment_instrument_entry_status: 'concluded',
      invoice_items: [{ installment_number: 1, amount: 100, invoice_item_status: 'active', invoice_key: expect.any(String) }],
    });
    await intact(issuer, merchant);
  });

  it('splits installments into one invoice item per cycle, summing exactly, and holds the whole amount at once', async () => {
    const issuer = await cardIssuer(db);
    const card = await issueCard(issuer, '1000.00');
    const merchant = await chargeTenant(db);
    const res = await buy(merchant, card, { installment_value: '33.33', installment_count: 3 });
    expect(res.body).toMatchObject({ status: 'confirmed' });
    expect(await cardUsed(card)).toBe(99_99n);
    const items = await db.select().from(invoiceItem).where(eq(invoiceItem.walletUuid, issuer.walletKey)).orderBy(invoiceItem.installmentNumber);
    expect(items.map((item) => item.installmentNumber)).toEqual([1, 2, 3]);
    expect(items.reduce((sum, item) => sum + item.amountMinor, 0n)).toBe(99_99n);
    expect(new Set(items.map((item) => item.closingDate)).size).toBe(3);
  });

  it('declines beyond the card’s limit with INSUFFICIENT_FUNDS and changes nothing on the issuer', async () => {
    const issuer = await cardIssuer(db);
    const card = await issueCard(issuer, '150.00');
    const merchant = await chargeTenant(db);
    expect((await buy(merchant, card)).body).toMatchObject({ status: 'confirmed' });
    const declined = await buy(merchant, card);
    expect(declined.body).toMatchObject({ status: 'error', message: [{ code: 'INSUFFICIENT_FUNDS', source: 'acquirer' }] });
    expect(await cardUsed(card)).toBe(100_00n);
    expect(await walletUsedLimit(issuer)).toBe(100);
    await intact(issuer, merchant);
  });

  it('declines a wrong CVV, a wrong expiry and a canceled card', async () => {
    const issuer = await cardIssuer(db);
    const card = await issueCard(issuer);
    const merchant = await chargeTenant(db);
    const wrongCvv = card.card.cvv === '000' ? '001' : '000';
    expect((await buy(merchant, card, { card_cvv: wrongCvv })).body).toMatchObject({ status: 'error', message: [{ code: 'INVALID_CVC' }] });
    const otherMonth = String((card.card.expiration_month % 12) + 1).padStart(2, '0');
    expect((await buy(merchant, card, { card_expiry_month: otherMonth })).body).toMatchObject({ status: 'error', message: [{ code: 'INVALID_CARD' }] });
    expect((await issuer.api.cancel(card.payment_instrument_key)).status).toBe(200);
    expect((await buy(merchant, card)).body).toMatchObject({ status: 'error', message: [{ code: 'CARD_DECLINED' }] });
    expect(await cardUsed(card)).toBe(0n);
    expect(await walletUsedLimit(issuer)).toBe(0);
  });

  it('gives the limit back on refunds, partial then full, with a credit item each and the entry canceled', async () => {
    const issuer = await cardIssuer(db);
    const card = await issueCard(issuer);
    const merchant = await chargeTenant(db);
    const api = chargeApi(merchant.token);
    const uuid = (await buy(merchant, card)).body.charge_uuid as string;

    expect((await api.refund(uuid, merchant.wallet.walletUuid, { amount: '40.00' })).status).toBe(200);
    expect(await cardUsed(card)).toBe(60_00n);
    expect(await walletUsedLimit(issuer)).toBe(60);
    expect((await api.refund(uuid, merchant.wallet.walletUuid)).status).toBe(200);
    expect(await cardUsed(card)).toBe(0n);
    expect(await walletUsedLimit(issuer)).toBe(0);

    const [entry] = (await issuer.api.entries(card.payment_instrument_key)).body.data as { payment_instrument_entry_key: string }[];
    const detail = await issuer.api.entry(card.payment_instrument_key, entry!.payment_instrument_entry_key);
    expect(detail.body).toMatchObject({ payment_instrument_entry_status: 'canceled' });
    expect((detail.body.invoice_items as { amount: number }[]).map((item) => item.amount)).toEqual([100, -40, -60]);
    await intact(issuer, merchant);
  });

  it('holds on a pre-authorization, releases the rest on a partial capture, and all of it on a cancel', async () => {
    const issuer = await cardIssuer(db);
    const card = await issueCard(issuer);
    const merchant = await chargeTenant(db);
    const api = chargeApi(merchant.token);

    const first = (await buy(merchant, card, { capture: false })).body;
    expect(first).toMatchObject({ status: 'pre_captured' });
    expect(await cardUsed(card)).toBe(100_00n);
    expect((await api.capture(first.charge_uuid as string, merchant.wallet.walletUuid, '70.00')).body).toMatchObject({ status: 'confirmed' });
    expect(await cardUsed(card)).toBe(70_00n);

    const second = (await buy(merchant, card, { capture: false })).body;
    expect(await cardUsed(card)).toBe(170_00n);
    expect((await api.cancel(second.charge_uuid as string, merchant.wallet.walletUuid)).body).toMatchObject({ status: 'canceled' });
    expect(await cardUsed(card)).toBe(70_00n);
    expect(await walletUsedLimit(issuer)).toBe(70);
    await intact(issuer, merchant);
  });

  it('is paid on the public pay endpoint like any card, and refuses a simulated dispute', async () => {
    const issuer = await cardIssuer(db);
    const card = await issueCard(issuer);
    const merchant = await chargeTenant(db);
    const issued = (await chargeApi(merchant.token).create(chargeBody(merchant))).body;
    const paid = await publicChargeApi.pay(issued.charge_uuid as string, { ...platformCardFields(card), payer_tax_id: VALID_CPF });
    expect(paid.body).toMatchObject({ status: 'confirmed' });
    expect(await cardUsed(card)).toBe(100_00n);
    const dispute = await chargeApi(merchant.token).dispute(issued.charge_uuid as string, 'open');
    expect(dispute.status).toBe(409);
  });

  it('announces each purchase status to the issuer in QI’s entry webhook', async () => {
    const issuer = await cardIssuer(db);
    const card = await issueCard(issuer);
    const merchant = await chargeTenant(db);
    const uuid = (await buy(merchant, card)).body.charge_uuid as string;
    await chargeApi(merchant.token).refund(uuid, merchant.wallet.walletUuid);
    const events = await db.select().from(webhookEvent).where(eq(webhookEvent.entityUuid, issuer.entityUuid)).orderBy(webhookEvent.occurredAt);
    const statuses = events
      .filter((event) => event.type === 'payment_instrument_entry.status_changed')
      .map((event) => (event.data as { payment_instrument_entry_status: string }).payment_instrument_entry_status);
    expect(statuses).toEqual(['processing_conclusion', 'concluded', 'processing_cancellation', 'canceled']);
  });
});

