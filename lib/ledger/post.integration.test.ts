import { randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { afterAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { ledgerEntry, ledgerTransaction } from '@/db/schema';
import { testDb } from '@/lib/testing/db';
import { seedWallet, walletTenant } from '@/lib/wallets/test-fixtures';
import { platformAccount, walletAccount } from './accounts';
import { DuplicatePostingError, InsufficientBalanceError, post } from './post';
import { balancesOf, move, refusal } from './test-fixtures';
import { depositForTest, expectLedgerIntact } from './testing';

const db = await testDb();

/** A payment wallet with its available and reserved accounts, and the platform's Pix clearing account. */
async function ledgerWallet(currency: 'BRL' | 'CLP' = 'BRL') {
  const tenant = await walletTenant(db);
  const wallet = await seedWallet(db, tenant, { currency });
  const available = await walletAccount(db, wallet, 'available');
  const reserved = await walletAccount(db, wallet, 'reserved');
  const clearing = await platformAccount(db, wallet.entityUuid, 'pix_clearing', currency);
  return { tenant, wallet, available, reserved, clearing };
}

describe('post()', () => {
  it('moves balances and records the balance each entry left', async () => {
    const { wallet, available, reserved, clearing } = await ledgerWallet();
    await depositForTest(db, wallet, 1000n);
    const transactionUuid = await move(db, wallet, 'payout_requested', available, reserved, 300n);

    expect(await balancesOf(db, available, reserved, clearing)).toEqual([700n, 300n, -1000n]);
    const entries = await db
      .select({ accountId: ledgerEntry.accountId, amount: ledgerEntry.amountMinor, after: ledgerEntry.balanceAfterMinor })
      .from(ledgerEntry)
      .where(eq(ledgerEntry.transactionUuid, transactionUuid))
      .orderBy(asc(ledgerEntry.id));
    expect(entries).toEqual([
      { accountId: available.id, amount: -300n, after: 700n },
      { accountId: reserved.id, amount: 300n, after: 300n },
    ]);
    await expectLedgerIntact(db, wallet.entityUuid);
  });

  it('refuses an unbalanced posting in code, before anything is written', async () => {
    const { wallet, available, clearing } = await ledgerWallet();
    const reference = { type: 'test', id: randomUUID() };
    const unbalanced = { entityUuid: wallet.entityUuid, kind: 'test_deposit', reference };
    await expect(post(db, { ...unbalanced, entries: [{ account: available, amountMinor: 10n }, { account: clearing, amountMinor: -9n }] })).rejects.toThrow(
      /does not balance: 1 BRL left over/,
    );
    await expect(post(db, { ...unbalanced, entries: [{ account: available, amountMinor: 10n }] })).rejects.toThrow(/at least two entries/);
    expect(await db.select().from(ledgerTransaction).where(eq(ledgerTransaction.referenceId, reference.id))).toEqual([]);
  });

  it('refuses a second posting of the same kind and reference, moving nothing twice', async () => {
    const { wallet, available, reserved } = await ledgerWallet();
    await depositForTest(db, wallet, 500n);
    const reference = randomUUID();
    await move(db, wallet, 'payout_requested', available, reserved, 100n, reference);
    await expect(move(db, wallet, 'payout_requested', available, reserved, 100n, reference)).rejects.toBeInstanceOf(DuplicatePostingError);
    expect(await balancesOf(db, available, reserved)).toEqual([400n, 100n]);
  });

  it('answers a debit past zero as InsufficientBalanceError and leaves the caller’s transaction usable', async () => {
    const { wallet, available, reserved } = await ledgerWallet();
    await depositForTest(db, wallet, 5n);
    const afterRefusal = await db.transaction(async (tx) => {
      await expect(move(tx, wallet, 'payout_requested', available, reserved, 6n)).rejects.toBeInstanceOf(InsufficientBalanceError);
      // post() ran in a savepoint: the transaction goes on and can post what the wallet does hold.
      await move(tx, wallet, 'payout_requested', available, reserved, 5n);
      return balancesOf(tx, available, reserved);
    });
    expect(afterRefusal).toEqual([0n, 5n]);
    await expectLedgerIntact(db, wallet.entityUuid);
  });
});

describe('the database, written to directly in SQL', () => {
  // Raw statements, as a bug or a hand-run script would write them: no post(), no checks in code.
  const newTransaction = (entityUuid: string) => sql`
    insert into ledger_transaction (entity_uuid, kind, reference_type, reference_id)
    values (${entityUuid}, 'raw_sql', 'test', ${randomUUID()}) returning transaction_uuid`;
  const entry = (transactionUuid: string, entityUuid: string, account: { id: bigint; currency: string }, amount: bigint, currency = account.currency) => sql`
    insert into ledger_entry (transaction_uuid, account_id, entity_uuid, amount_minor, currency)
    values (${transactionUuid}, ${account.id}, ${entityUuid}, ${amount}, ${currency})`;
  const firstUuid = (rows: unknown) => (rows as { transaction_uuid: string }[])[0]!.transaction_uuid;

  it('refuses, at COMMIT, a transaction whose entries do not sum to zero', async () => {
    const { wallet, available, clearing } = await ledgerWallet();
    const message = await refusal(
      db.transaction(async (tx) => {
        const transactionUuid = firstUuid(await tx.execute(newTransaction(wallet.entityUuid)));
        await tx.execute(entry(transactionUuid, wallet.entityUuid, available, 10n));
        await tx.execute(entry(transactionUuid, wallet.entityUuid, clearing, -9n));
        // Both entries were applied and nothing has complained yet: the check is deferred to COMMIT.
        expect(await balancesOf(tx, available, clearing)).toEqual([10n, -9n]);
      }),
    );
    expect(message).toMatch(/does not balance: 1 BRL left over/);
    expect(await balancesOf(db, available, clearing)).toEqual([0n, 0n]);
  });

  it('refuses an entry that would take a non-negative account below zero', async () => {
    const { wallet, available, clearing } = await ledgerWallet();
    await depositForTest(db, wallet, 3n);
    const message = await refusal(
      db.transaction(async (tx) => {
        const transactionUuid = firstUuid(await tx.execute(newTransaction(wallet.entityUuid)));
        await tx.execute(entry(transactionUuid, wallet.entityUuid, clearing, 4n));
        await tx.execute(entry(transactionUuid, wallet.entityUuid, available, -4n));
      }),
    );
    expect(message).toMatch(/ledger_account_non_negative/);
    expect(await balancesOf(db, available)).toEqual([3n]);
  });

  it('refuses any change of a balance but through an entry', async () => {
    const { wallet, available } = await ledgerWallet();
    await depositForTest(db, wallet, 3n);
    expect(await refusal(db.execute(sql`update ledger_account set balance_minor = 1000 where id = ${available.id}`))).toMatch(
      /balances change only through ledger entries/,
    );
    expect(await refusal(db.execute(sql`update ledger_account set balance_minor = balance_minor - 3 where id = ${available.id}`))).toMatch(
      /balances change only through ledger entries/,
    );
    // No session setting a client can make opens the door: only the entry trigger's own update passes.
    const forged = db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('ledger.applying_entry', 'on', true)`);
      await tx.execute(sql`update ledger_account set balance_minor = 5 where id = ${available.id}`);
    });
    expect(await refusal(forged)).toMatch(/balances change only through ledger entries/);
    expect(await balancesOf(db, available)).toEqual([3n]);
  });

  it('refuses to update or delete an entry or a transaction', async () => {
    const { wallet } = await ledgerWallet();
    const transactionUuid = await depositForTest(db, wallet, 7n);
    const [first] = await db.select({ id: ledgerEntry.id }).from(ledgerEntry).where(eq(ledgerEntry.transactionUuid, transactionUuid)).limit(1);
    for (const statement of [
      sql`update ledger_entry set amount_minor = 8 where id = ${first!.id}`,
      sql`delete from ledger_entry where id = ${first!.id}`,
      sql`update ledger_transaction set kind = 'other' where transaction_uuid = ${transactionUuid}`,
      sql`delete from ledger_transaction where transaction_uuid = ${transactionUuid}`,
    ]) {
      expect(await refusal(db.execute(statement))).toMatch(/never updated or deleted/);
    }
    await expectLedgerIntact(db, wallet.entityUuid);
  });

  it('refuses an account that opens with a balance', async () => {
    const { wallet } = await ledgerWallet();
    const message = await refusal(
      db.execute(sql`
        insert into ledger_account (entity_uuid, wallet_uuid, code, currency, balance_minor, may_go_negative)
        values (${wallet.entityUuid}, ${wallet.walletUuid}, 'pending', 'BRL', 100, false)`),
    );
    expect(message).toMatch(/a ledger account opens at zero/);
  });

  it('refuses an entry in another currency than its account', async () => {
    const { wallet, available } = await ledgerWallet();
    const mxnClearing = await platformAccount(db, wallet.entityUuid, 'pix_clearing', 'MXN');
    const message = await refusal(
      db.transaction(async (tx) => {
        const transactionUuid = firstUuid(await tx.execute(newTransaction(wallet.entityUuid)));
        // Sums to zero in MXN, but one of the two entries sits on a BRL account.
        await tx.execute(entry(transactionUuid, wallet.entityUuid, mxnClearing, -10n));
        await tx.execute(entry(transactionUuid, wallet.entityUuid, available, 10n, 'MXN'));
      }),
    );
    expect(message).toMatch(/ledger entry in MXN on an account in BRL/);
    expect(await balancesOf(db, available, mxnClearing)).toEqual([0n, 0n]);
  });
});

describe('racing debits', () => {
  // A pool of its own, so the debits run side by side on 20 connections (the suite's shared pool
  // holds 10, and parallel test files share the server's connection limit).
  const client = postgres(process.env.DATABASE_URL!, { max: 20, onnotice: () => {} });
  const wide = drizzle(client, { schema });
  afterAll(() => client.end({ timeout: 5 }));

  it('let exactly as many through as the balance holds; the rest are refused cleanly', async () => {
    const { wallet, available } = await ledgerWallet('CLP');
    const transit = await platformAccount(db, wallet.entityUuid, 'payouts_in_transit', 'CLP');
    await depositForTest(db, wallet, 10n);

    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, () => wide.transaction((tx) => move(tx, wallet, 'payout_realized', available, transit, 1n))),
    );
    const refused = outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(10);
    expect(refused).toHaveLength(40);
    for (const reason of refused) expect(reason).toBeInstanceOf(InsufficientBalanceError);

    expect(await balancesOf(db, available, transit)).toEqual([0n, 10n]);
    const [counted] = await db.select({ entries: sql<number>`count(*)::int` }).from(ledgerEntry).where(eq(ledgerEntry.accountId, available.id));
    expect(counted!.entries).toBe(11); // the deposit and the ten debits that fit
    await expectLedgerIntact(db, wallet.entityUuid);
  });
});
