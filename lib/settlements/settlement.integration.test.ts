import { afterEach, describe, expect, it } from 'vitest';
import { merchantPricing } from '@/db/schema';
import { resetClock, setClock } from '@/lib/clock';
import { chargeApi, chargeRow, chargeTenant, walletBalance } from '@/lib/charges/test-fixtures';
import { expectLedgerIntact } from '@/lib/ledger/testing';
import { testDb } from '@/lib/testing/db';
import { settleDueCharges } from './run';
import { cardChargeAt, eventsOf, FRIDAY_AFTERNOON, ledgerSettled, lineOf, MONDAY_RUN, paidBoletoAt, SATURDAY, settlementsOf, SUNDAY_LATE } from './test-fixtures';

// Settlement against a real PostgreSQL: what is due moves pending → available once, per charge,
// and the day's settlement ties to the ledger. Runs are narrowed to the test's account, since
// other test files share the database.

const db = await testDb();
afterEach(() => resetClock());

const run = (at: Date, entityUuid: string) => {
  setClock(at);
  return settleDueCharges(db, at, { entityUuid });
};

describe('settling card and boleto charges', () => {
  it('settles a card charge captured on Friday on Monday (D+1 business day), not on the weekend', async () => {
    const tenant = await chargeTenant(db);
    const uuid = await cardChargeAt(tenant, FRIDAY_AFTERNOON);
    expect(await walletBalance(db, tenant.wallet.walletUuid, 'pending')).toBe(9651n);

    expect(await run(SATURDAY, tenant.entityUuid)).toEqual({ due: 0, settled: 0, failed: 0 });
    expect(await run(SUNDAY_LATE, tenant.entityUuid)).toEqual({ due: 0, settled: 0, failed: 0 });
    expect((await chargeRow(db, uuid)).status).toBe('confirmed');

    expect(await run(MONDAY_RUN, tenant.entityUuid)).toEqual({ due: 1, settled: 1, failed: 0 });
    expect((await chargeRow(db, uuid)).status).toBe('paid');
    expect(await walletBalance(db, tenant.wallet.walletUuid, 'pending')).toBe(0n);
    expect(await walletBalance(db, tenant.wallet.walletUuid, 'available')).toBe(9651n);
    expect(await lineOf(db, uuid)).toMatchObject({
      typeCharge: 'credit_card',
      grossMinor: 10_000n,
      mdrMinor: 349n,
      processingFeeMinor: 0n,
      totalFeesMinor: 349n,
      refundedNetMinor: 0n,
      netMinor: 9651n,
      capturedAt: FRIDAY_AFTERNOON,
      settledAt: MONDAY_RUN,
    });
    const [day] = await settlementsOf(db, tenant.wallet.walletUuid);
    expect(day).toMatchObject({ settlementDate: '2028-03-06', currency: 'BRL', grossMinor: 10_000n, feesMinor: 349n, netMinor: 9651n, lineCount: 1 });
    expect(await eventsOf(db, uuid)).toContain('charge.paid');
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('settles a paid boleto (pending) D+1 with its fixed fee as processing fee', async () => {
    const tenant = await chargeTenant(db);
    const uuid = await paidBoletoAt(tenant, FRIDAY_AFTERNOON);
    expect(await run(SATURDAY, tenant.entityUuid)).toMatchObject({ settled: 0 });
    expect(await run(MONDAY_RUN, tenant.entityUuid)).toMatchObject({ settled: 1 });
    expect((await chargeRow(db, uuid)).status).toBe('paid');
    expect(await lineOf(db, uuid)).toMatchObject({ typeCharge: 'boleto', grossMinor: 10_000n, mdrMinor: 0n, processingFeeMinor: 349n, netMinor: 9651n });
    expect(await walletBalance(db, tenant.wallet.walletUuid, 'available')).toBe(9651n);
    expect(await eventsOf(db, uuid)).toEqual(expect.arrayContaining(['charge.pending', 'charge.paid']));
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it("follows the merchant's own delay (D+3 for credit cards)", async () => {
    const tenant = await chargeTenant(db);
    await db.insert(merchantPricing).values({ merchantUuid: tenant.wallet.merchantUuid!, entityUuid: tenant.entityUuid, typeCharge: 'credit_card', percentBps: 349, settlementDelayDays: 3 });
    const uuid = await cardChargeAt(tenant, FRIDAY_AFTERNOON);
    expect(await run(MONDAY_RUN, tenant.entityUuid)).toMatchObject({ settled: 0 });
    expect(await run(new Date('2028-03-07T12:00:00Z'), tenant.entityUuid)).toMatchObject({ settled: 0 });
    expect(await run(new Date('2028-03-08T03:15:00Z'), tenant.entityUuid)).toMatchObject({ settled: 1 });
    expect((await lineOf(db, uuid))?.settledAt).toEqual(new Date('2028-03-08T03:15:00Z'));
  });

  it('settles what is left of a partially refunded charge, recording what the refund took from pending', async () => {
    const tenant = await chargeTenant(db);
    const uuid = await cardChargeAt(tenant, FRIDAY_AFTERNOON);
    expect((await chargeApi(tenant.token).refund(uuid, tenant.wallet.walletUuid, { amount: '40.00' })).status).toBe(200);
    // The refund gave back 40.00 gross, of which 1.39 fee (40 % of the 3.49 fee, rounded down): 38.61 taken from pending.
    expect(await walletBalance(db, tenant.wallet.walletUuid, 'pending')).toBe(9651n - 3861n);
    await run(MONDAY_RUN, tenant.entityUuid);
    expect(await lineOf(db, uuid)).toMatchObject({ grossMinor: 10_000n, totalFeesMinor: 349n, refundedNetMinor: 3861n, netMinor: 5790n });
    expect(await walletBalance(db, tenant.wallet.walletUuid, 'pending')).toBe(0n);
    expect(await walletBalance(db, tenant.wallet.walletUuid, 'available')).toBe(5790n);
    // A refund after settlement comes out of available.
    expect((await chargeApi(tenant.token).refund(uuid, tenant.wallet.walletUuid)).body.status).toBe('refunded');
    expect(await walletBalance(db, tenant.wallet.walletUuid, 'available')).toBe(0n);
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('does not settle a charge refunded in full, or one under dispute', async () => {
    const tenant = await chargeTenant(db);
    const refunded = await cardChargeAt(tenant, FRIDAY_AFTERNOON);
    const disputed = await cardChargeAt(tenant, FRIDAY_AFTERNOON);
    expect((await chargeApi(tenant.token).refund(refunded, tenant.wallet.walletUuid)).body.status).toBe('refunded');
    expect((await chargeApi(tenant.token).dispute(disputed, 'open', 'fraud')).body.status).toBe('chargeback_requested');
    expect(await run(MONDAY_RUN, tenant.entityUuid)).toEqual({ due: 0, settled: 0, failed: 0 });
    expect(await lineOf(db, refunded)).toBeUndefined();
    expect(await lineOf(db, disputed)).toBeUndefined();
    expect(await settlementsOf(db, tenant.wallet.walletUuid)).toEqual([]);
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('settles a charge whose dispute was won before settlement', async () => {
    const tenant = await chargeTenant(db);
    const disputed = await cardChargeAt(tenant, FRIDAY_AFTERNOON);
    expect((await chargeApi(tenant.token).dispute(disputed, 'open', 'fraud')).body.status).toBe('chargeback_requested');
    expect((await chargeApi(tenant.token).dispute(disputed, 'win')).body.status).toBe('chargeback_reversed');
    // Due a business day after the dispute was won (the money came back to pending then).
    await run(new Date('2030-01-10T03:15:00Z'), tenant.entityUuid);
    expect((await chargeRow(db, disputed)).status).toBe('paid');
    expect(await lineOf(db, disputed)).toBeDefined();
    expect(await walletBalance(db, tenant.wallet.walletUuid, 'pending')).toBe(0n);
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it("ties each day's totals to the ledger's settlement movements, and a second run changes nothing", async () => {
    const tenant = await chargeTenant(db);
    const friday = await Promise.all([cardChargeAt(tenant, FRIDAY_AFTERNOON, { installment_value: '123.45' }), paidBoletoAt(tenant, FRIDAY_AFTERNOON)]);
    const refundedPart = await cardChargeAt(tenant, FRIDAY_AFTERNOON, { installment_value: '77.77' });
    await chargeApi(tenant.token).refund(refundedPart, tenant.wallet.walletUuid, { amount: '7.77' });
    const monday = await cardChargeAt(tenant, new Date('2028-03-06T15:00:00Z'), { type_charge: 'debit_card' });

    await run(MONDAY_RUN, tenant.entityUuid);
    const tuesdayRun = new Date('2028-03-07T03:15:00Z');
    await run(tuesdayRun, tenant.entityUuid);
    const before = await settlementsOf(db, tenant.wallet.walletUuid);
    expect(before.map((s) => [s.settlementDate, s.lineCount])).toEqual([
      ['2028-03-06', 3],
      ['2028-03-07', 1],
    ]);
    for (const day of before) expect(day.netMinor).toBe(day.grossMinor - day.feesMinor - day.refundedNetMinor);
    expect(before.reduce((sum, day) => sum + day.netMinor, 0n)).toBe(await ledgerSettled(db, tenant.wallet.walletUuid));
    expect(await walletBalance(db, tenant.wallet.walletUuid, 'pending')).toBe(0n);
    expect(await walletBalance(db, tenant.wallet.walletUuid, 'available')).toBe(await ledgerSettled(db, tenant.wallet.walletUuid));
    for (const uuid of [...friday, refundedPart, monday]) expect((await chargeRow(db, uuid)).status).toBe('paid');

    expect(await run(tuesdayRun, tenant.entityUuid)).toEqual({ due: 0, settled: 0, failed: 0 });
    expect(await settlementsOf(db, tenant.wallet.walletUuid)).toEqual(before);
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('settles each charge once when two runs race', async () => {
    const tenant = await chargeTenant(db);
    const uuids = await Promise.all([1, 2, 3, 4].map(() => cardChargeAt(tenant, FRIDAY_AFTERNOON)));
    setClock(MONDAY_RUN);
    const results = await Promise.all([settleDueCharges(db, MONDAY_RUN, { entityUuid: tenant.entityUuid }), settleDueCharges(db, MONDAY_RUN, { entityUuid: tenant.entityUuid })]);
    expect(results.reduce((sum, r) => sum + r.settled, 0)).toBe(4);
    const [day] = await settlementsOf(db, tenant.wallet.walletUuid);
    expect(day).toMatchObject({ lineCount: 4, netMinor: 4n * 9651n });
    expect(await ledgerSettled(db, tenant.wallet.walletUuid)).toBe(4n * 9651n);
    for (const uuid of uuids) expect(await eventsOf(db, uuid)).toEqual(expect.arrayContaining(['charge.paid']));
    await expectLedgerIntact(db, tenant.entityUuid);
  });
});
