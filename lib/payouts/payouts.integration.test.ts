import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { ledgerAccount, payout, webhookEvent } from '@/db/schema';
import { chargeTenant, type ChargeTenant } from '@/lib/charges/test-fixtures';
import { resetClock, setClock } from '@/lib/clock';
import { depositForTest, expectLedgerIntact } from '@/lib/ledger/testing';
import { testDb } from '@/lib/testing/db';
import { requestPayout } from './create';
import { recordRailOutcome, submitScheduledPayouts } from './lifecycle';
import { payoutTimeline } from './queries';
import { createPayoutSchema } from './schemas';

// Payouts at the service: the reservation that decides races, replays by transaction_reference,
// the rail's answers and the money each moves (DESIGN §2.1), and scheduled payouts on their day.

const db = await testDb();
afterEach(() => resetClock());

const callerOf = (tenant: ChargeTenant) => ({ type: 'user' as const, id: tenant.user.id, entityUuid: tenant.entityUuid, walletUuid: null });

function pixBody(tenant: ChargeTenant, value: string, extra: Record<string, unknown> = {}) {
  return createPayoutSchema.parse({
    wallet_uuid: tenant.wallet.walletUuid,
    type_payout: 'pix',
    value,
    description: 'Saque semanal',
    pix_destination: { pix_address_key: '52998224725', pix_address_key_type: 'cpf', beneficiary_name: 'Maria da Silva' },
    ...extra,
  });
}

async function balances(tenant: ChargeTenant) {
  const rows = await db
    .select({ code: ledgerAccount.code, walletUuid: ledgerAccount.walletUuid, balance: ledgerAccount.balanceMinor })
    .from(ledgerAccount)
    .where(eq(ledgerAccount.entityUuid, tenant.entityUuid));
  const of = (code: string, wallet: boolean) => rows.find((row) => row.code === code && (row.walletUuid !== null) === wallet)?.balance ?? 0n;
  return { available: of('available', true), reserved: of('reserved', true), inTransit: of('payouts_in_transit', false), fees: of('fee_revenue', false) };
}

describe('requesting a payout', () => {
  it('reserves the amount and the fee, and sends a Pix at once', async () => {
    const tenant = await chargeTenant(db);
    await depositForTest(db, tenant.walletRef, 500_00n);
    const { payout: row, replayed } = await requestPayout(db, callerOf(tenant), pixBody(tenant, '100.00'));
    expect(replayed).toBe(false);
    expect(row).toMatchObject({ status: 'issued', amountMinor: 100_00n, feeMinor: 1_00n, typePayout: 'pix' });
    expect(row.externalId).toMatch(/^E99999999\d{12}[0-9A-F]{11}$/);
    expect(await balances(tenant)).toMatchObject({ available: 399_00n, reserved: 101_00n });
    expect((await payoutTimeline(db, callerOf(tenant), row.payoutUuid)).map((step) => [step.fromStatus, step.toStatus])).toEqual([
      [null, 'pending'],
      ['pending', 'issued'],
    ]);
  });

  it('answers the same payout for a transaction_reference used before, reserving once', async () => {
    const tenant = await chargeTenant(db);
    await depositForTest(db, tenant.walletRef, 500_00n);
    const body = pixBody(tenant, '100.00', { transaction_reference: 'saque-2027-01' });
    const results = await Promise.all(Array.from({ length: 8 }, () => requestPayout(db, callerOf(tenant), body)));
    expect(new Set(results.map((result) => result.payout.payoutUuid)).size).toBe(1);
    expect(results.filter((result) => !result.replayed)).toHaveLength(1);
    expect(await balances(tenant)).toMatchObject({ available: 399_00n, reserved: 101_00n });
  });

  it('lets no more leave than the balance holds, however many race: 50 requests for a balance that covers 20', async () => {
    const tenant = await chargeTenant(db);
    // 20 × (R$ 10,00 + R$ 1,00 fee) = R$ 220,00, and R$ 5,00 more that no payout fits in.
    await depositForTest(db, tenant.walletRef, 225_00n);
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => requestPayout(db, callerOf(tenant), pixBody(tenant, '10.00', { transaction_reference: `race-${i}` }))),
    );
    const accepted = results.filter((result) => result.status === 'fulfilled');
    expect(accepted).toHaveLength(20);
    for (const result of results.filter((r) => r.status === 'rejected')) {
      expect((result as PromiseRejectedResult).reason).toMatchObject({ code: 'errors.payout.insufficient_balance', status: 422 });
    }
    expect(await balances(tenant)).toMatchObject({ available: 5_00n, reserved: 220_00n });
    const rows = await db.select().from(payout).where(eq(payout.walletUuid, tenant.wallet.walletUuid));
    expect(rows).toHaveLength(20);
    await expectLedgerIntact(db, tenant.entityUuid);
  });
});

describe('the rail’s answer', () => {
  it('realized: the amount leaves through payouts in transit and the fee is revenue', async () => {
    const tenant = await chargeTenant(db);
    await depositForTest(db, tenant.walletRef, 500_00n);
    const { payout: row } = await requestPayout(db, callerOf(tenant), pixBody(tenant, '100.00'));
    const realized = await recordRailOutcome(db, row.payoutUuid, 'realized');
    expect(realized).toMatchObject({ status: 'realized' });
    expect(realized.confirmedAt).not.toBeNull();
    expect(await balances(tenant)).toMatchObject({ available: 399_00n, reserved: 0n, inTransit: 100_00n });
    await expect(recordRailOutcome(db, row.payoutUuid, 'error')).rejects.toMatchObject({ code: 'errors.payout.invalid_status' });
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('error: amount and fee go back to available', async () => {
    const tenant = await chargeTenant(db);
    await depositForTest(db, tenant.walletRef, 500_00n);
    const { payout: row } = await requestPayout(db, callerOf(tenant), pixBody(tenant, '100.00'));
    const failed = await recordRailOutcome(db, row.payoutUuid, 'error');
    expect(failed).toMatchObject({ status: 'error', message: [{ code: 'DESTINATION_REJECTED' }] });
    expect(await balances(tenant)).toMatchObject({ available: 500_00n, reserved: 0n, inTransit: 0n });
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('returned: the amount comes back to available, the fee is kept', async () => {
    const tenant = await chargeTenant(db);
    await depositForTest(db, tenant.walletRef, 500_00n);
    const { payout: row } = await requestPayout(db, callerOf(tenant), pixBody(tenant, '100.00', { webhook_url: 'https://merchant.example.test/payouts' }));
    const returned = await recordRailOutcome(db, row.payoutUuid, 'returned');
    expect(returned.status).toBe('returned');
    expect(await balances(tenant)).toMatchObject({ available: 499_00n, reserved: 0n, inTransit: 0n });
    expect((await payoutTimeline(db, callerOf(tenant), row.payoutUuid)).map((step) => step.toStatus)).toEqual(['pending', 'issued', 'realized', 'returned']);
    const events = await db
      .select()
      .from(webhookEvent)
      .where(and(eq(webhookEvent.entityUuid, tenant.entityUuid), eq(webhookEvent.type, 'payout.status_changed')));
    // Events made in one transaction share its timestamp: the timeline above is their order.
    expect(events.map((event) => event.data.status).sort()).toEqual(['issued', 'pending', 'realized', 'returned']);
    await expectLedgerIntact(db, tenant.entityUuid);
  });
});

describe('a scheduled payout', () => {
  it('waits, reserved, until its day, when the daily run sends it', async () => {
    setClock(new Date('2027-03-01T15:00:00Z'));
    const tenant = await chargeTenant(db);
    await depositForTest(db, tenant.walletRef, 500_00n);
    const { payout: row } = await requestPayout(db, callerOf(tenant), pixBody(tenant, '50.00', { schedule_date: '2027-03-03', transaction_reference: randomUUID() }));
    expect(row).toMatchObject({ status: 'pending', scheduleDate: '2027-03-03' });
    expect(await balances(tenant)).toMatchObject({ available: 449_00n, reserved: 51_00n });
    await submitScheduledPayouts(db, new Date('2027-03-02T09:00:00Z'));
    expect((await db.select().from(payout).where(eq(payout.payoutUuid, row.payoutUuid)))[0]!.status).toBe('pending');
    await submitScheduledPayouts(db, new Date('2027-03-03T09:00:00Z'));
    expect((await db.select().from(payout).where(eq(payout.payoutUuid, row.payoutUuid)))[0]!.status).toBe('issued');
  });

  it('cannot be scheduled for a day gone by', async () => {
    setClock(new Date('2027-03-01T15:00:00Z'));
    const tenant = await chargeTenant(db);
    await depositForTest(db, tenant.walletRef, 500_00n);
    await expect(requestPayout(db, callerOf(tenant), pixBody(tenant, '50.00', { schedule_date: '2027-02-28' }))).rejects.toMatchObject({ code: 'errors.payout.schedule_date_in_past' });
    expect(await balances(tenant)).toMatchObject({ available: 500_00n, reserved: 0n });
  });
});
