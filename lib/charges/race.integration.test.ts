import { randomInt } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { chargeRefund, webhookEndpoint } from '@/db/schema';
import { expectLedgerIntact } from '@/lib/ledger/testing';
import { formatMinor, parseMinor } from '@/lib/money/decimal';
import { testDb } from '@/lib/testing/db';
import { chargeApi, chargeBody, chargeLedger, chargeRow, chargeTenant, postings, SANDBOX_OK_CARD, walletBalance, type ChargeTenant } from './test-fixtures';

// Races of real requests: every call goes through the route handler, in its own request and its
// own database transaction, all fired at once. The charge row lock and the table's CHECKs must
// keep any interleaving from moving more money than was captured.

const db = await testDb();

async function newCharge(tenant: ChargeTenant, capture: boolean) {
  const res = await chargeApi(tenant.token).create(chargeBody(tenant, { card: SANDBOX_OK_CARD, capture }));
  expect(res.body.status).toBe(capture ? 'confirmed' : 'pre_captured');
  return res.body.charge_uuid as string;
}

function shuffle<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** What the ledger says a charge moved: captured gross, refunded gross, fee kept and fee returned. */
async function ledgerTotals(chargeUuid: string) {
  const moves = postings(await chargeLedger(db, chargeUuid));
  const sum = (kind: string, code: string) => moves.filter((m) => m.kind === kind).reduce((total, m) => total + (m.entries[code] ?? 0n), 0n);
  return {
    captures: moves.filter((m) => m.kind === 'card_capture').length,
    refunds: moves.filter((m) => m.kind === 'refund').length,
    captured: -sum('card_capture', 'acquirer_receivable'),
    refunded: sum('refund', 'acquirer_receivable'),
    fee: sum('card_capture', 'fee_revenue'),
    feeReturned: -sum('refund', 'fee_revenue'),
  };
}

async function storedRefunds(chargeUuid: string) {
  const rows = await db.select().from(chargeRefund).where(eq(chargeRefund.chargeUuid, chargeUuid));
  return { count: rows.length, total: rows.reduce((sum, r) => sum + r.amountMinor, 0n), feeReturned: rows.reduce((sum, r) => sum + r.feeReturnedMinor, 0n) };
}

describe('racing captures and refunds on one charge', () => {
  it('100 concurrent captures and partial refunds never move more than was captured', async () => {
    const tenant = await chargeTenant(db);
    const api = chargeApi(tenant.token);
    const walletUuid = tenant.wallet.walletUuid;
    const uuid = await newCharge(tenant, false);

    type Op = { kind: 'capture'; amount?: string } | { kind: 'refund'; amount?: string };
    const captures: Op[] = [{ kind: 'capture' }, { kind: 'capture', amount: '90.00' }, { kind: 'capture', amount: '75.50' }, { kind: 'capture' }, { kind: 'capture', amount: '99.99' }];
    // Partial refunds of 5.00 to 14.99: together about ten times what any capture takes.
    const refunds: Op[] = Array.from({ length: 95 }, () => ({ kind: 'refund', amount: formatMinor(BigInt(500 + randomInt(1000)), 2) }));
    // One capture leads so that most refunds find something to refund; the rest are shuffled together.
    const ops = [captures[0]!, ...shuffle([...captures.slice(1), ...refunds])];
    expect(ops).toHaveLength(100);

    const answers = await Promise.all(
      ops.map(async (op) => {
        const res = op.kind === 'capture' ? await api.capture(uuid, walletUuid, op.amount) : await api.refund(uuid, walletUuid, op.amount ? { amount: op.amount } : undefined);
        return { op, status: res.status, body: res.body };
      }),
    );

    const unexpected = answers.filter((a) => ![200, 409, 422].includes(a.status));
    expect(unexpected, JSON.stringify(unexpected.slice(0, 3))).toEqual([]);
    for (const refused of answers.filter((a) => a.status !== 200)) {
      expect(refused.body.message[0].code).toMatch(refused.status === 409 ? /^errors\.charge\.invalid_status$/ : /^AMOUNT_INVALID$/);
    }
    const capturedOk = answers.filter((a) => a.op.kind === 'capture' && a.status === 200);
    expect(capturedOk).toHaveLength(1);
    const capturedMinor = capturedOk[0]!.op.amount ? parseMinor(capturedOk[0]!.op.amount, 2) : 10_000n;

    const row = await chargeRow(db, uuid);
    expect(row.capturedMinor).toBe(capturedMinor);
    // A successful refund's answer is read after it commits: the last to commit shows the final total.
    const refundedOk = answers.filter((a) => a.op.kind === 'refund' && a.status === 200);
    const totals = refundedOk.map((a) => parseMinor(a.body.refunded_amount, 2));
    const final = totals.reduce((max, t) => (t > max ? t : max), 0n);
    expect(row.refundedMinor).toBe(final);
    expect(row.refundedMinor).toBeLessThanOrEqual(row.capturedMinor);
    // What remains only shrinks, so every refund refused as too large asked for more than remains now.
    const remaining = row.capturedMinor - row.refundedMinor;
    for (const tooLarge of answers.filter((a) => a.op.kind === 'refund' && a.status === 422)) expect(parseMinor(tooLarge.op.amount!, 2)).toBeGreaterThan(remaining);

    const stored = await storedRefunds(uuid);
    expect(stored.count).toBe(refundedOk.length);
    expect(stored.total).toBe(row.refundedMinor);
    expect(stored.feeReturned).toBe(row.feeReturnedMinor);
    expect(row.feeReturnedMinor).toBeLessThanOrEqual(row.feeMinor);
    expect(row.status).toBe(row.refundedMinor === row.capturedMinor ? 'refunded' : 'confirmed');
    if (row.status === 'refunded') expect(row.feeReturnedMinor).toBe(row.feeMinor);

    expect(await ledgerTotals(uuid)).toEqual({
      captures: 1,
      refunds: refundedOk.length,
      captured: row.capturedMinor,
      refunded: row.refundedMinor,
      fee: row.feeMinor,
      feeReturned: row.feeReturnedMinor,
    });
    expect(await walletBalance(db, walletUuid, 'pending')).toBe(row.capturedMinor - row.refundedMinor - (row.feeMinor - row.feeReturnedMinor));
    await expectLedgerIntact(db, tenant.entityUuid);
  }, 60_000);

  it('100 concurrent refunds of 1.50 on a captured 100.00: exactly 66 pass, and 1.00 remains', async () => {
    const tenant = await chargeTenant(db);
    const api = chargeApi(tenant.token);
    const uuid = await newCharge(tenant, true);

    const answers = await Promise.all(Array.from({ length: 100 }, () => api.refund(uuid, tenant.wallet.walletUuid, { amount: '1.50' })));
    const statuses = answers.reduce<Record<number, number>>((count, a) => ({ ...count, [a.status]: (count[a.status] ?? 0) + 1 }), {});
    expect(statuses).toEqual({ 200: 66, 422: 34 });
    expect(answers.filter((a) => a.status === 422).every((a) => a.body.message[0].code === 'AMOUNT_INVALID')).toBe(true);

    const row = await chargeRow(db, uuid);
    expect(row).toMatchObject({ status: 'confirmed', capturedMinor: 10_000n, refundedMinor: 9_900n });
    expect(await storedRefunds(uuid)).toMatchObject({ count: 66, total: 9_900n });
    expect(await ledgerTotals(uuid)).toMatchObject({ captures: 1, refunds: 66, captured: 10_000n, refunded: 9_900n, feeReturned: row.feeReturnedMinor });

    const rest = await api.refund(uuid, tenant.wallet.walletUuid);
    expect(rest.body).toMatchObject({ status: 'refunded', refunded_amount: '100.00', fee_amount: '0.00' });
    expect(await ledgerTotals(uuid)).toMatchObject({ refunded: 10_000n, fee: 349n, feeReturned: 349n });
    expect(await walletBalance(db, tenant.wallet.walletUuid, 'pending')).toBe(0n);
    await expectLedgerIntact(db, tenant.entityUuid);
  }, 60_000);

  it('two concurrent full captures of one pre-captured charge: exactly one succeeds, and the money moves once', async () => {
    const tenant = await chargeTenant(db);
    const api = chargeApi(tenant.token);
    const uuid = await newCharge(tenant, false);

    const [a, b] = await Promise.all([api.capture(uuid, tenant.wallet.walletUuid), api.capture(uuid, tenant.wallet.walletUuid)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body).toMatchObject({ charge_uuid: uuid, status: 'error', message: [{ code: 'errors.charge.invalid_status' }] });

    expect(await chargeRow(db, uuid)).toMatchObject({ status: 'confirmed', capturedMinor: 10_000n });
    expect(await ledgerTotals(uuid)).toMatchObject({ captures: 1, captured: 10_000n, fee: 349n });
    expect(await walletBalance(db, tenant.wallet.walletUuid, 'pending')).toBe(9_651n);
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it("20 concurrent charges on a fresh wallet all open its accounts and its callback endpoint once, and all post", async () => {
    const tenant = await chargeTenant(db);
    const api = chargeApi(tenant.token);
    const url = 'https://merchant.example.test/race/charges';
    const answers = await Promise.all(Array.from({ length: 20 }, () => api.create(chargeBody(tenant, { card: SANDBOX_OK_CARD, webhook_url: url }))));
    expect(answers.map((a) => [a.status, a.body.status])).toEqual(Array.from({ length: 20 }, () => [200, 'confirmed']));
    expect(await walletBalance(db, tenant.wallet.walletUuid, 'pending')).toBe(20n * 9_651n);
    const callbacks = await db.select().from(webhookEndpoint).where(and(eq(webhookEndpoint.entityUuid, tenant.entityUuid), eq(webhookEndpoint.url, url)));
    expect(callbacks).toHaveLength(1);
    const report = await expectLedgerIntact(db, tenant.entityUuid);
    // The wallet's pending account, acquirer receivable and fee revenue, opened once each.
    expect(report).toMatchObject({ accounts: 3, transactions: 20 });
  });
});
