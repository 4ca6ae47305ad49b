import { randomInt } from 'node:crypto';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ledgerAccount, ledgerEntry, ledgerTransaction, virtualWalletDeposit, virtualWalletTransfer } from '@/db/schema';
import { walletBalance } from '@/lib/charges/test-fixtures';
import { expectLedgerIntact } from '@/lib/ledger/testing';
import { testDb } from '@/lib/testing/db';
import { requiredReserve } from './holding';
import { createVirtual, holdingTenant, virtualApi, type HoldingTenant } from './test-fixtures';

// Deposits, transfers (both ways), deactivations and payouts of one holding racing through the
// real route handlers. Each is decided under the holding's lock, so afterwards the books are intact
// and, replayed from the ledger in the order the movements committed, no payout ever left
// `available` under the reserve and no transfer took the virtual balances past the ceiling.

const db = await testDb();
const PAYOUT_FEE = 1_00n;

const reais = (minor: bigint) => `${minor / 100n}.${String(minor % 100n).padStart(2, '0')}`;

async function virtualTotal(walletUuid: string): Promise<bigint> {
  const [row] = await db
    .select({ balance: ledgerAccount.balanceMinor })
    .from(ledgerAccount)
    .where(and(eq(ledgerAccount.walletUuid, walletUuid), isNull(ledgerAccount.virtualWalletUuid), eq(ledgerAccount.code, 'virtual_allocated')));
  return -(row?.balance ?? 0n);
}

/**
 * The holding's `available` and `virtual_allocated` entries in id order, grouped by transaction.
 * Every movement of either account takes the holding's lock before posting, so this is the order
 * they committed in, and each group leaves both balances as they stood after it.
 */
async function replay(tenant: HoldingTenant) {
  const rows = await db
    .select({ transactionUuid: ledgerEntry.transactionUuid, code: ledgerAccount.code, balanceAfter: ledgerEntry.balanceAfterMinor, kind: ledgerTransaction.kind })
    .from(ledgerEntry)
    .innerJoin(ledgerAccount, eq(ledgerAccount.id, ledgerEntry.accountId))
    .innerJoin(ledgerTransaction, eq(ledgerTransaction.transactionUuid, ledgerEntry.transactionUuid))
    .where(and(eq(ledgerAccount.walletUuid, tenant.wallet.walletUuid), isNull(ledgerAccount.virtualWalletUuid), inArray(ledgerAccount.code, ['available', 'virtual_allocated'])))
    .orderBy(asc(ledgerEntry.id));
  const states: { kind: string; available: bigint; virtualTotal: bigint }[] = [];
  const finished = new Set<string>();
  let available = 0n;
  let allocated = 0n;
  for (const [index, row] of rows.entries()) {
    expect(finished.has(row.transactionUuid), 'two movements of the holding interleaved').toBe(false);
    if (row.code === 'available') available = row.balanceAfter;
    else allocated = row.balanceAfter;
    if (rows[index + 1]?.transactionUuid !== row.transactionUuid) {
      finished.add(row.transactionUuid);
      states.push({ kind: row.kind, available, virtualTotal: -allocated });
    }
  }
  return states;
}

type Answer = { status: number; body: { code?: string; status?: string } };

async function race(options: { ownFunds: bigint; ceiling: bigint; reserveBps: number }) {
  const tenant = await holdingTenant(db, { ownFunds: options.ownFunds });
  const api = virtualApi(tenant.token, tenant.wallet.walletUuid);
  expect((await api.configure({ minimum_deposit: '1.00', leverage_ceiling: reais(options.ceiling), reserve_ratio_bps: options.reserveBps })).status).toBe(200);
  const wallets = [await createVirtual(api, 'race-a'), await createVirtual(api, 'race-b'), await createVirtual(api, 'race-c')];
  for (const vw of wallets) expect((await api.deposit(vw, { amount: '50.00' })).body.status).toBe('credited');

  const pick = () => wallets[randomInt(wallets.length)]!;
  const calls: (() => Promise<Answer & { op: string }>)[] = [
    ...Array.from({ length: 24 }, (_, i) => async () => ({ op: 'deposit', ...(await api.deposit(pick(), { amount: i % 6 === 0 ? '0.50' : reais(BigInt(randomInt(1_00, 80_00))) })) })),
    ...Array.from({ length: 14 }, () => async () => ({ op: 'to_virtual', ...(await api.transfer(pick(), { amount: '30.00' })) })),
    ...Array.from({ length: 6 }, () => async () => ({ op: 'to_holding', ...(await api.transfer(pick(), { amount: '10.00', direction: 'to_holding' })) })),
    ...Array.from({ length: 16 }, () => async () => ({ op: 'payout', ...(await api.payout({ value: '40.00' })) })),
    async () => ({ op: 'deactivate', ...(await api.deactivate(wallets[2]!)) }),
  ];
  // Shuffled, so no kind of request gets a head start.
  for (let i = calls.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [calls[i], calls[j]] = [calls[j]!, calls[i]!];
  }
  const answers = await Promise.all(calls.map((call) => call()));

  // Every answer is one the operation declares (callRoute checked the contract); none is a 500.
  const expected = new Set(['201', '200', '409:errors.virtual_wallet.not_active', '422:errors.virtual_wallet.leverage_ceiling_exceeded', '422:errors.virtual_wallet.insufficient_balance', '422:errors.payout.reserve_ratio_breached', '422:errors.payout.insufficient_balance']);
  for (const answer of answers) expect(expected, `${answer.op} → ${answer.status} ${JSON.stringify(answer.body)}`).toContain(answer.status < 300 ? String(answer.status) : `${answer.status}:${answer.body.code}`);

  await expectLedgerIntact(db, tenant.entityUuid);

  // The balances are exactly what the accepted movements add up to.
  const deposits = await db.select().from(virtualWalletDeposit).where(eq(virtualWalletDeposit.walletUuid, tenant.wallet.walletUuid));
  const transfers = await db.select().from(virtualWalletTransfer).where(eq(virtualWalletTransfer.walletUuid, tenant.wallet.walletUuid));
  const credited = deposits.filter((d) => d.status === 'credited').reduce((sum, d) => sum + d.amountMinor, 0n);
  const moved = transfers.reduce((sum, t) => sum + (t.direction === 'to_virtual' ? t.amountMinor : -t.amountMinor), 0n);
  const paidOut = BigInt(answers.filter((a) => a.op === 'payout' && a.status === 201).length) * (40_00n + PAYOUT_FEE);
  expect(deposits.filter((d) => d.status === 'refused').length).toBeGreaterThanOrEqual(4); // the 0.50 ones at least
  expect(await walletBalance(db, tenant.wallet.walletUuid, 'available')).toBe(options.ownFunds + credited - paidOut);
  expect(await virtualTotal(tenant.wallet.walletUuid)).toBe(credited + moved);

  // Replayed in commit order: every payout kept the reserve, every transfer in stayed under the
  // ceiling (the ceiling governs transfers in; payouts are governed by the reserve, and a transfer
  // back out only lowers what the holding owes).
  const states = await replay(tenant);
  for (const [index, state] of states.entries()) {
    if (state.kind === 'payout_reserved') expect(state.available, 'a payout broke the reserve').toBeGreaterThanOrEqual(requiredReserve(state.virtualTotal, options.reserveBps));
    const transferIn = state.kind === 'virtual_transfer' && state.virtualTotal > (states[index - 1]?.virtualTotal ?? 0n);
    if (transferIn) expect(state.virtualTotal - state.available, 'a transfer passed the ceiling').toBeLessThanOrEqual(options.ceiling);
  }
  return { answers, states };
}

describe('a holding under racing deposits, transfers and payouts', () => {
  it('with a full reserve and no leverage, never lets the virtual balances exceed the real balance', async () => {
    const { answers, states } = await race({ ownFunds: 300_00n, ceiling: 0n, reserveBps: 10_000 });
    for (const state of states) expect(state.available, `after ${state.kind}`).toBeGreaterThanOrEqual(state.virtualTotal);
    // The race was a race: some of each were accepted and some refused.
    expect(answers.some((a) => a.op === 'payout' && a.status === 201)).toBe(true);
    expect(answers.some((a) => a.op === 'payout' && a.status === 422)).toBe(true);
    expect(answers.some((a) => a.op === 'to_virtual' && a.status === 201)).toBe(true);
  });

  it('with leverage and a partial reserve, holds both limits at every step', async () => {
    const { answers } = await race({ ownFunds: 200_00n, ceiling: 120_00n, reserveBps: 5_000 });
    expect(answers.some((a) => a.op === 'to_virtual' && a.status === 201)).toBe(true);
  });
});
