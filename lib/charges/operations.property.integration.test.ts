import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charge, type ChargeStatus } from '@/db/schema';
import { isAppError } from '@/lib/errors/app-error';
import { expectLedgerIntact } from '@/lib/ledger/testing';
import { formatMinor } from '@/lib/money/decimal';
import { testDb } from '@/lib/testing/db';
import { cancelCharge } from './cancel';
import { captureCharge } from './capture';
import { createCharge } from './create';
import { simulateDispute } from './disputes';
import { completeChallenge, payCharge } from './pay';
import { refundCharge } from './refund';
import { cardFields, chargeLedger, chargeRow, chargeTenant, platformBalance, postings, sandboxCard, serviceBody, VALID_CPF, walletBalance, type ChargeTenant } from './test-fixtures';

// Random sequences of charge operations against the services, each run in a fresh tenant. Whatever
// the order, an operation either succeeds or is refused with an AppError that changes nothing, and
// at the end the ledger is intact and every charge's amounts and postings agree with each other.

const db = await testDb();

// Mostly cards the sandbox approves (A.11: 0, 1, 4), sometimes a decline, a timeout or the random 9.
const digit = fc.constantFrom('0', '1', '4', '0', '1', '4', '2', '6', '9');
/** Which charge an operation is about, counted back from the newest: mostly the newest, so a charge walks its lifecycle. */
const target = fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.nat({ max: 20 }) });
const sometimes = fc.integer({ min: 0, max: 3 }).map((n) => n === 0);
/** A share of the amount in percent; above 100 asks for more than there is. */
const share = fc.option(fc.integer({ min: 0, max: 120 }), { nil: null });

const opArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('create' as const),
      withCard: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
      digit,
      capture: fc.boolean(),
      threeds: sometimes,
      cents: fc.integer({ min: 1, max: 500_000 }),
      installments: fc.constantFrom(1, 1, 1, 2, 3),
      method: fc.constantFrom('credit_card' as const, 'credit_card' as const, 'debit_card' as const),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('pay' as const), target, digit }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('complete3ds' as const), target, passed: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('capture' as const), target, share }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('refund' as const), target, share }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), target }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('dispute' as const), target, action: fc.constantFrom('open' as const, 'win' as const, 'lose' as const) }) },
);
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

const create = (changes: Partial<Extract<Op, { kind: 'create' }>> = {}): Op => ({
  kind: 'create',
  withCard: true,
  digit: '0',
  capture: true,
  threeds: false,
  cents: 10_000,
  installments: 1,
  method: 'credit_card',
  ...changes,
});

/** Walks every lifecycle the sandbox reaches, run before the random sequences, so each run covers them whatever the draw. */
const WALKS: Op[][] = [
  [create(), { kind: 'refund', target: 0, share: 30 }, { kind: 'refund', target: 0, share: null }, { kind: 'dispute', target: 0, action: 'open' }, create(), { kind: 'dispute', target: 0, action: 'open' }],
  [create({ capture: false }), { kind: 'capture', target: 0, share: 60 }, { kind: 'dispute', target: 0, action: 'open' }, { kind: 'dispute', target: 0, action: 'win' }, { kind: 'refund', target: 0, share: 30 }],
  [create({ withCard: false }), { kind: 'pay', target: 0, digit: '1' }, { kind: 'refund', target: 0, share: 50 }, { kind: 'dispute', target: 0, action: 'open' }, { kind: 'dispute', target: 0, action: 'lose' }],
  [
    create({ capture: false, threeds: true }),
    { kind: 'complete3ds', target: 0, passed: true },
    { kind: 'cancel', target: 0 },
    { kind: 'capture', target: 0, share: null },
    { kind: 'refund', target: 0, share: 50 },
    create({ threeds: true }),
    create({ capture: false }),
  ],
  [create({ withCard: false, method: 'debit_card' }), { kind: 'cancel', target: 0 }, { kind: 'pay', target: 0, digit: '0' }, create({ digit: '2' }), { kind: 'refund', target: 0, share: null }, create({ withCard: false }), create()],
];

const partOf = (whole: bigint, percent: number | null) => (percent === null ? undefined : formatMinor((whole * BigInt(percent)) / 100n, 2));

/** Runs one operation; an AppError is an answer (returned), anything else a bug (thrown). */
async function run(tenant: ChargeTenant, charges: string[], op: Op): Promise<string> {
  const { caller } = tenant;
  const walletUuid = tenant.wallet.walletUuid;
  if (op.kind === 'create') {
    const body = serviceBody(tenant, {
      installment_value: formatMinor(BigInt(op.cents), 2),
      installment_count: op.installments,
      type_charge: op.method,
      capture: op.capture,
      threeds_authentication: op.threeds,
      ...(op.withCard ? { card: sandboxCard(op.digit) } : {}),
    });
    try {
      charges.push((await createCharge(db, caller, body)).chargeUuid);
      return 'created';
    } catch (error) {
      if (isAppError(error)) return error.code;
      throw error;
    }
  }
  if (charges.length === 0) return 'nothing';
  const chargeUuid = charges[charges.length - 1 - (op.target % charges.length)]!;
  const before = await chargeRow(db, chargeUuid);
  try {
    switch (op.kind) {
      case 'pay':
        await payCharge(db, chargeUuid, { ...cardFields(sandboxCard(op.digit)), payer_tax_id: VALID_CPF });
        break;
      case 'complete3ds':
        await completeChallenge(db, chargeUuid, op.passed);
        break;
      case 'capture':
        await captureCharge(db, caller, { chargeUuid, walletUuid, amount: partOf(before.authorizedMinor, op.share) });
        break;
      case 'refund': {
        const amount = partOf(before.capturedMinor - before.refundedMinor - before.disputedMinor, op.share);
        await refundCharge(db, caller, { chargeUuid, walletUuid, amount });
        const after = await chargeRow(db, chargeUuid);
        const expected = amount === undefined ? before.capturedMinor - before.disputedMinor : before.refundedMinor + BigInt(amount.replace('.', ''));
        expect(after.refundedMinor).toBe(expected);
        break;
      }
      case 'cancel':
        await cancelCharge(db, caller, { chargeUuid, walletUuid });
        break;
      case 'dispute':
        await simulateDispute(db, caller, { chargeUuid, action: op.action });
        break;
    }
    return 'ok';
  } catch (error) {
    if (!isAppError(error)) throw error;
    // A refused operation changes nothing.
    expect(await chargeRow(db, chargeUuid)).toEqual(before);
    return error.code;
  }
}

/** A charge's money is out of the wallet and the fee revenue while a dispute is open, and for good once it is lost. */
const HELD: readonly ChargeStatus[] = ['chargeback_requested', 'chargeback'];
const NEVER_CAPTURED: readonly ChargeStatus[] = ['issued', 'pending', 'pre_captured', 'canceled', 'error'];

async function checkInvariants(tenant: ChargeTenant) {
  await expectLedgerIntact(db, tenant.entityUuid);
  const rows = await db.select().from(charge).where(eq(charge.entityUuid, tenant.entityUuid));
  let pending = 0n;
  let fees = 0n;
  let held = 0n;
  for (const row of rows) {
    const label = `${row.chargeUuid} (${row.status})`;
    expect(0n <= row.refundedMinor && row.refundedMinor + row.disputedMinor <= row.capturedMinor, label).toBe(true);
    expect(row.capturedMinor <= row.authorizedMinor && row.authorizedMinor <= row.amountMinor, label).toBe(true);
    expect(0n <= row.feeReturnedMinor && row.feeReturnedMinor <= row.feeMinor && row.feeMinor <= row.capturedMinor, label).toBe(true);
    if (NEVER_CAPTURED.includes(row.status)) expect(row.capturedMinor, label).toBe(0n);
    else expect(row.capturedMinor, label).toBeGreaterThan(0n);
    if (row.status === 'refunded') expect([row.refundedMinor, row.feeReturnedMinor], label).toEqual([row.capturedMinor, row.feeMinor]);

    // The charge's own postings say the same as its columns.
    const moves = postings(await chargeLedger(db, row.chargeUuid));
    const sum = (kind: string, code: string) => moves.filter((m) => m.kind === kind).reduce((total, m) => total + (m.entries[code] ?? 0n), 0n);
    expect(-sum('card_capture', 'acquirer_receivable'), label).toBe(row.capturedMinor);
    expect(sum('card_capture', 'fee_revenue'), label).toBe(row.feeMinor);
    expect(sum('refund', 'acquirer_receivable'), label).toBe(row.refundedMinor);
    expect(-sum('refund', 'fee_revenue'), label).toBe(row.feeReturnedMinor);

    const kept = row.capturedMinor - row.refundedMinor;
    if (HELD.includes(row.status)) {
      if (row.status === 'chargeback_requested') held += kept;
    } else {
      pending += kept - (row.feeMinor - row.feeReturnedMinor);
      fees += row.feeMinor - row.feeReturnedMinor;
    }
  }
  expect(await walletBalance(db, tenant.wallet.walletUuid, 'pending')).toBe(pending);
  expect(await platformBalance(db, tenant.entityUuid, 'fee_revenue', 'BRL')).toBe(fees);
  expect(await platformBalance(db, tenant.entityUuid, 'chargebacks_held', 'BRL')).toBe(held);
  return rows;
}

describe('any sequence of charge operations', () => {
  it('keeps refunded ≤ captured ≤ authorized ≤ amount, the postings in step with the charges, and the ledger intact', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 30, size: 'max' }), async (ops) => {
        const tenant = await chargeTenant(db);
        const charges: string[] = [];
        for (const op of ops) seen.add(`${op.kind}:${await run(tenant, charges, op)}`);
        const rows = await checkInvariants(tenant);
        for (const row of rows) seen.add(`status:${row.status}`);
      }),
      { numRuns: 25, examples: WALKS.map((walk) => [walk]) },
    );
    // Every operation succeeded somewhere, and the runs ended in every status the sandbox reaches.
    const statuses = ['issued', 'pending', 'pre_captured', 'confirmed', 'refunded', 'canceled', 'error', 'chargeback_requested', 'chargeback', 'chargeback_reversed'];
    for (const expected of [...['create:created', 'pay:ok', 'complete3ds:ok', 'capture:ok', 'refund:ok', 'cancel:ok', 'dispute:ok'], ...statuses.map((s) => `status:${s}`)]) expect(seen, [...seen].join(' ')).toContain(expected);
  }, 180_000);
});
