import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { chargeRefund, merchantPricing } from '@/db/schema';
import { platformAccount, walletAccount } from '@/lib/ledger/accounts';
import { post } from '@/lib/ledger/post';
import { expectLedgerIntact } from '@/lib/ledger/testing';
import { testDb } from '@/lib/testing/db';
import {
  chargeApi,
  chargeBody,
  chargeLedger,
  chargeRow,
  chargeTenant,
  platformBalance,
  postings,
  SANDBOX_OK_CARD,
  walletBalance,
  type ChargeTenant,
} from './test-fixtures';

// Each card flow of DESIGN §2.1, read back from ledger_entry joined with ledger_account: the exact
// entries every capture, refund and dispute posted, and the ledger intact after each.

const db = await testDb();

async function confirmedCharge(tenant: ChargeTenant, overrides: Record<string, unknown> = {}) {
  const res = await chargeApi(tenant.token).create(chargeBody(tenant, { card: SANDBOX_OK_CARD, ...overrides }));
  expect(res.body.status, JSON.stringify(res.body)).toBe('confirmed');
  return res.body.charge_uuid as string;
}

async function balances(tenant: ChargeTenant) {
  const { walletUuid, currency } = tenant.walletRef;
  return {
    pending: await walletBalance(db, walletUuid, 'pending'),
    available: await walletBalance(db, walletUuid, 'available'),
    receivable: await platformBalance(db, tenant.entityUuid, 'acquirer_receivable', currency),
    fees: await platformBalance(db, tenant.entityUuid, 'fee_revenue', currency),
    held: await platformBalance(db, tenant.entityUuid, 'chargebacks_held', currency),
  };
}

const capture = (gross: bigint, fee: bigint) => ({ kind: 'card_capture', entries: { acquirer_receivable: -gross, pending: gross - fee, fee_revenue: fee } });
const refund = (gross: bigint, feeReturned: bigint) => ({
  kind: 'refund',
  // post() leaves out lines of zero.
  entries: Object.fromEntries(
    Object.entries({ acquirer_receivable: gross, pending: -(gross - feeReturned), fee_revenue: -feeReturned }).filter(([, amount]) => amount !== 0n),
  ),
});

describe('card capture', () => {
  it('credit: acquirer receivable −gross, wallet pending +net, fee revenue +3.49 %', async () => {
    const tenant = await chargeTenant(db);
    const uuid = await confirmedCharge(tenant);
    expect(postings(await chargeLedger(db, uuid))).toEqual([capture(10_000n, 349n)]);
    const lines = await chargeLedger(db, uuid);
    expect(lines.find((l) => l.code === 'pending')?.walletUuid).toBe(tenant.wallet.walletUuid);
    expect(lines.filter((l) => l.code !== 'pending').every((l) => l.walletUuid === null)).toBe(true);
    expect(await balances(tenant)).toEqual({ pending: 9_651n, available: 0n, receivable: -10_000n, fees: 349n, held: 0n });
    expect(await chargeRow(db, uuid)).toMatchObject({ capturedMinor: 10_000n, feeMinor: 349n });
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('debit: 1.99 %, rounded half up to the centavo', async () => {
    const tenant = await chargeTenant(db);
    // 1.99 % of 123.45 is 2.456655: 2.46.
    const uuid = await confirmedCharge(tenant, { type_charge: 'debit_card', installment_value: '123.45' });
    expect(postings(await chargeLedger(db, uuid))).toEqual([capture(12_345n, 246n)]);
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('a partial capture posts only what was captured; authorizing alone posts nothing', async () => {
    const tenant = await chargeTenant(db);
    const res = await chargeApi(tenant.token).create(chargeBody(tenant, { card: SANDBOX_OK_CARD, capture: false }));
    const uuid = res.body.charge_uuid as string;
    expect(await chargeLedger(db, uuid)).toEqual([]);
    await chargeApi(tenant.token).capture(uuid, tenant.wallet.walletUuid, '60.00');
    // 3.49 % of 60.00 is 2.094: 2.09.
    expect(postings(await chargeLedger(db, uuid))).toEqual([capture(6_000n, 209n)]);
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it("the merchant's pricing row overrides the default, for its method only", async () => {
    const tenant = await chargeTenant(db);
    await db.insert(merchantPricing).values({
      merchantUuid: tenant.wallet.merchantUuid!,
      entityUuid: tenant.entityUuid,
      typeCharge: 'credit_card',
      percentBps: 250,
      fixedMinor: 39n,
    });
    const credit = await confirmedCharge(tenant);
    expect(postings(await chargeLedger(db, credit))).toEqual([capture(10_000n, 289n)]);
    const debit = await confirmedCharge(tenant, { type_charge: 'debit_card' });
    expect(postings(await chargeLedger(db, debit))).toEqual([capture(10_000n, 199n)]);
    expect((await chargeApi(tenant.token).get(credit)).body).toMatchObject({ fee_amount: '2.89', net_amount: '97.11' });

    // Another merchant's row changes nothing here.
    const other = await chargeTenant(db);
    await db.insert(merchantPricing).values({ merchantUuid: other.wallet.merchantUuid!, entityUuid: other.entityUuid, typeCharge: 'credit_card', percentBps: 0 });
    const unaffected = await confirmedCharge(tenant, { installment_value: '50.00' });
    // Still its own 2.50 % + 0.39: 1.25 + 0.39.
    expect(postings(await chargeLedger(db, unaffected))).toEqual([capture(5_000n, 164n)]);
    const free = await confirmedCharge(other);
    expect(postings(await chargeLedger(db, free))).toEqual([{ kind: 'card_capture', entries: { acquirer_receivable: -10_000n, pending: 10_000n } }]);
    await expectLedgerIntact(db, tenant.entityUuid);
    await expectLedgerIntact(db, other.entityUuid);
  });
});

describe('refunds', () => {
  it('partial and repeated refunds return the fee in proportion; a full refund returns all of it', async () => {
    const tenant = await chargeTenant(db);
    const api = chargeApi(tenant.token);
    const uuid = await confirmedCharge(tenant);

    const first = await api.refund(uuid, tenant.wallet.walletUuid, { amount: '30.00', reason: 'item devolvido' });
    expect(first.body).toMatchObject({ status: 'confirmed', refunded_amount: '30.00', amount_remaining: '70.00', fee_amount: '2.45', net_amount: '67.55' });
    await expectLedgerIntact(db, tenant.entityUuid);
    const second = await api.refund(uuid, tenant.wallet.walletUuid, { amount: '30.00' });
    expect(second.body).toMatchObject({ status: 'confirmed', refunded_amount: '60.00', amount_remaining: '40.00' });
    await expectLedgerIntact(db, tenant.entityUuid);
    const rest = await api.refund(uuid, tenant.wallet.walletUuid);
    expect(rest.body).toMatchObject({ status: 'refunded', refunded_amount: '100.00', amount_remaining: '0.00', fee_amount: '0.00', net_amount: '0.00' });
    expect(rest.body.refunds.map((r: { amount: string }) => r.amount)).toEqual(['30.00', '30.00', '40.00']);

    // 3.49 on 100.00: 30 % of it is 1.047 → 1.04; 60 % is 2.094 → 2.09 (1.05 more); the rest is 1.40.
    expect(postings(await chargeLedger(db, uuid))).toEqual([capture(10_000n, 349n), refund(3_000n, 104n), refund(3_000n, 105n), refund(4_000n, 140n)]);
    const refunds = await db.select({ fee: chargeRefund.feeReturnedMinor }).from(chargeRefund).where(eq(chargeRefund.chargeUuid, uuid));
    expect(refunds.reduce((sum, r) => sum + r.fee, 0n)).toBe(349n);
    expect(await chargeRow(db, uuid)).toMatchObject({ refundedMinor: 10_000n, feeMinor: 349n, feeReturnedMinor: 349n });
    expect(await balances(tenant)).toEqual({ pending: 0n, available: 0n, receivable: 0n, fees: 0n, held: 0n });
    expect((await api.refund(uuid, tenant.wallet.walletUuid, { amount: '0.01' })).status).toBe(409);
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('thirds that do not divide the fee still return exactly the fee, not a centavo more or less', async () => {
    const tenant = await chargeTenant(db);
    const api = chargeApi(tenant.token);
    const uuid = await confirmedCharge(tenant);
    for (const amount of ['33.33', '33.33', '33.33']) expect((await api.refund(uuid, tenant.wallet.walletUuid, { amount })).status).toBe(200);
    expect((await api.refund(uuid, tenant.wallet.walletUuid, { amount: '0.02' })).body.message[0].code).toBe('AMOUNT_INVALID');
    expect((await api.refund(uuid, tenant.wallet.walletUuid, { amount: '0.01' })).body.status).toBe('refunded');
    expect(postings(await chargeLedger(db, uuid))).toEqual([capture(10_000n, 349n), refund(3_333n, 116n), refund(3_333n, 116n), refund(3_333n, 116n), refund(1n, 1n)]);
    expect(await balances(tenant)).toMatchObject({ pending: 0n, fees: 0n, receivable: 0n });
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('is refused with INSUFFICIENT_FUNDS when the wallet no longer holds the money, changing nothing', async () => {
    const tenant = await chargeTenant(db);
    const api = chargeApi(tenant.token);
    const uuid = await confirmedCharge(tenant);
    // The pending money leaves the wallet some other way (here: straight to a platform account), leaving 6.51.
    const pending = await walletAccount(db, tenant.walletRef, 'pending');
    const elsewhere = await platformAccount(db, tenant.entityUuid, 'payouts_in_transit', 'BRL');
    await post(db, {
      entityUuid: tenant.entityUuid,
      kind: 'test_withdrawal',
      reference: { type: 'test', id: randomUUID() },
      entries: [
        { account: pending, amountMinor: -9_000n },
        { account: elsewhere, amountMinor: 9_000n },
      ],
    });
    const before = { ledger: await chargeLedger(db, uuid), balances: await balances(tenant), row: await chargeRow(db, uuid) };

    // 10.00 would take 9.65 out of pending.
    const refused = await api.refund(uuid, tenant.wallet.walletUuid, { amount: '10.00' });
    expect(refused).toMatchObject({
      status: 422,
      body: { charge_uuid: uuid, status: 'error', message: [{ code: 'INSUFFICIENT_FUNDS', source: 'charge', description: expect.any(String) }] },
    });
    const full = await api.refund(uuid, tenant.wallet.walletUuid);
    expect(full.body.message[0].code).toBe('INSUFFICIENT_FUNDS');
    expect(await chargeLedger(db, uuid)).toEqual(before.ledger);
    expect(await balances(tenant)).toEqual(before.balances);
    expect(await chargeRow(db, uuid)).toEqual(before.row);
    expect(await db.select().from(chargeRefund).where(eq(chargeRefund.chargeUuid, uuid))).toEqual([]);
    await expectLedgerIntact(db, tenant.entityUuid);

    // What the wallet still holds can go back: 5.00 takes 4.83 (fee 0.17 returned).
    const small = await api.refund(uuid, tenant.wallet.walletUuid, { amount: '5.00' });
    expect(small.body).toMatchObject({ status: 'confirmed', refunded_amount: '5.00' });
    expect(postings(await chargeLedger(db, uuid)).at(-1)).toEqual(refund(500n, 17n));
    expect(await walletBalance(db, tenant.wallet.walletUuid, 'pending')).toBe(651n - 483n);
    await expectLedgerIntact(db, tenant.entityUuid);
  });
});

describe('disputes', () => {
  it('opening holds the gross out of the wallet and the fee revenue; losing sends it back through the acquirer', async () => {
    const tenant = await chargeTenant(db);
    const api = chargeApi(tenant.token);
    const uuid = await confirmedCharge(tenant);
    await api.dispute(uuid, 'open');
    const hold = { kind: 'chargeback_hold', entries: { pending: -9_651n, fee_revenue: -349n, chargebacks_held: 10_000n } };
    expect(postings(await chargeLedger(db, uuid))).toEqual([capture(10_000n, 349n), hold]);
    expect(await balances(tenant)).toEqual({ pending: 0n, available: 0n, receivable: -10_000n, fees: 0n, held: 10_000n });
    await expectLedgerIntact(db, tenant.entityUuid);

    await api.dispute(uuid, 'lose');
    expect(postings(await chargeLedger(db, uuid))).toEqual([
      capture(10_000n, 349n),
      hold,
      { kind: 'chargeback_lost', entries: { chargebacks_held: -10_000n, acquirer_receivable: 10_000n } },
    ]);
    expect(await balances(tenant)).toEqual({ pending: 0n, available: 0n, receivable: 0n, fees: 0n, held: 0n });
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('winning puts the net back in the wallet and the fee back in revenue', async () => {
    const tenant = await chargeTenant(db);
    const api = chargeApi(tenant.token);
    const uuid = await confirmedCharge(tenant);
    await api.dispute(uuid, 'open');
    await api.dispute(uuid, 'win');
    expect(postings(await chargeLedger(db, uuid))).toEqual([
      capture(10_000n, 349n),
      { kind: 'chargeback_hold', entries: { pending: -9_651n, fee_revenue: -349n, chargebacks_held: 10_000n } },
      { kind: 'chargeback_reversed', entries: { pending: 9_651n, fee_revenue: 349n, chargebacks_held: -10_000n } },
    ]);
    expect(await balances(tenant)).toEqual({ pending: 9_651n, available: 0n, receivable: -10_000n, fees: 349n, held: 0n });
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('after a partial refund, holds only what was not refunded, with the fee still kept', async () => {
    const tenant = await chargeTenant(db);
    const api = chargeApi(tenant.token);
    const uuid = await confirmedCharge(tenant);
    await api.refund(uuid, tenant.wallet.walletUuid, { amount: '30.00' });
    await api.dispute(uuid, 'open');
    await api.dispute(uuid, 'lose');
    expect(postings(await chargeLedger(db, uuid))).toEqual([
      capture(10_000n, 349n),
      refund(3_000n, 104n),
      { kind: 'chargeback_hold', entries: { pending: -6_755n, fee_revenue: -245n, chargebacks_held: 7_000n } },
      { kind: 'chargeback_lost', entries: { chargebacks_held: -7_000n, acquirer_receivable: 7_000n } },
    ]);
    expect(await balances(tenant)).toEqual({ pending: 0n, available: 0n, receivable: 0n, fees: 0n, held: 0n });
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('opening is refused with INSUFFICIENT_FUNDS when the wallet no longer holds the money', async () => {
    const tenant = await chargeTenant(db);
    const uuid = await confirmedCharge(tenant);
    const pending = await walletAccount(db, tenant.walletRef, 'pending');
    await post(db, {
      entityUuid: tenant.entityUuid,
      kind: 'test_withdrawal',
      reference: { type: 'test', id: randomUUID() },
      entries: [
        { account: pending, amountMinor: -1n },
        { account: await platformAccount(db, tenant.entityUuid, 'payouts_in_transit', 'BRL'), amountMinor: 1n },
      ],
    });
    const refused = await chargeApi(tenant.token).dispute(uuid, 'open');
    expect(refused).toMatchObject({ status: 422, body: { charge_uuid: uuid, message: [{ code: 'INSUFFICIENT_FUNDS' }] } });
    expect((await chargeRow(db, uuid)).status).toBe('confirmed');
    expect(postings(await chargeLedger(db, uuid))).toEqual([capture(10_000n, 349n)]);
    await expectLedgerIntact(db, tenant.entityUuid);
  });
});
