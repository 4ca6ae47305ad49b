import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { wallet } from '@/db/schema';
import { callerFromUser } from '@/lib/auth/caller';
import { createTestAccount } from '@/lib/testing/factories';
import { platformAccount, walletAccount } from './accounts';
import { walletBalances } from './balances';
import { checkIntegrity } from './integrity';
import { InsufficientBalanceError } from './post';
import { walletStatement } from './statement';
import { balancesOf, move, refusal } from './test-fixtures';
import { depositForTest, expectLedgerIntact } from './testing';

// `npm run dev` with no DATABASE_URL runs on embedded PGlite: the same migration, so the same
// triggers and CHECK must hold the ledger there, and the same queries must read it.
const connection = await openDatabase({ pgliteDir: 'memory://' });
const { db } = connection;
afterAll(() => connection.close());

async function pgliteWallet() {
  const tenant = await createTestAccount(db);
  const [created] = await db
    .insert(wallet)
    .values({
      entityUuid: tenant.account.entityUuid,
      merchantUuid: tenant.merchant.merchantUuid,
      kind: 'payment',
      currency: 'BRL',
      status: 'active',
      customerId: 'cust_pglite',
      name: 'PGlite wallet',
      email: 'pglite@example.test',
    })
    .returning();
  return { tenant, wallet: created!, caller: callerFromUser({ ...tenant.user, entityUuid: tenant.account.entityUuid }) };
}

describe('the ledger on embedded PGlite', () => {
  it('posts, applies entries to balances and reads them back like PostgreSQL', async () => {
    const { wallet, caller } = await pgliteWallet();
    await depositForTest(db, wallet, 1000n);
    const available = await walletAccount(db, wallet, 'available');
    const reserved = await walletAccount(db, wallet, 'reserved');
    await move(db, wallet, 'payout_requested', available, reserved, 300n);

    expect(await walletBalances(db, caller, wallet.walletUuid)).toEqual({ walletUuid: wallet.walletUuid, currency: 'BRL', available: 700n, pending: 0n, reserved: 300n });
    const statement = await walletStatement(db, caller, wallet.walletUuid, { limit: 2 });
    expect(statement.rows.map((r) => [r.account, r.amountMinor, r.balanceAfterMinor])).toEqual([
      ['reserved', 300n, 300n],
      ['available', -300n, 700n],
    ]);
    expect(statement.hasMore).toBe(true);
    expect((await walletStatement(db, caller, wallet.walletUuid, { limit: 2, startingAfter: statement.nextCursor! })).rows).toHaveLength(1);
    expect(await expectLedgerIntact(db, wallet.entityUuid)).toMatchObject({ ok: true, accounts: 3, transactions: 2 });
  });

  it('refuses a debit past zero, as InsufficientBalanceError', async () => {
    const { wallet } = await pgliteWallet();
    await depositForTest(db, wallet, 5n);
    const available = await walletAccount(db, wallet, 'available');
    const transit = await platformAccount(db, wallet.entityUuid, 'payouts_in_transit', 'BRL');
    await expect(move(db, wallet, 'payout_realized', available, transit, 6n)).rejects.toBeInstanceOf(InsufficientBalanceError);
    expect(await balancesOf(db, available, transit)).toEqual([5n, 0n]);
  });

  it('refuses, at COMMIT, a transaction written in SQL whose entries do not balance', async () => {
    const { wallet } = await pgliteWallet();
    const available = await walletAccount(db, wallet, 'available');
    const clearing = await platformAccount(db, wallet.entityUuid, 'pix_clearing', 'BRL');
    const transactionUuid = randomUUID();
    const message = await refusal(
      db.transaction(async (tx) => {
        await tx.execute(sql`insert into ledger_transaction (transaction_uuid, entity_uuid, kind, reference_type, reference_id)
          values (${transactionUuid}, ${wallet.entityUuid}, 'raw_sql', 'test', ${randomUUID()})`);
        await tx.execute(sql`insert into ledger_entry (transaction_uuid, account_id, entity_uuid, amount_minor, currency)
          values (${transactionUuid}, ${available.id}, ${wallet.entityUuid}, 10, 'BRL'), (${transactionUuid}, ${clearing.id}, ${wallet.entityUuid}, -9, 'BRL')`);
      }),
    );
    expect(message).toMatch(/does not balance: 1 BRL left over/);
    expect(await balancesOf(db, available, clearing)).toEqual([0n, 0n]);
  });

  it('has an integrity check that finds a negative account once nothing refuses it', async () => {
    // This database is the test's alone, so the CHECK and the triggers can be taken away to show
    // that the check still sees what they would have refused.
    const other = await openDatabase({ pgliteDir: 'memory://' });
    try {
      const tenant = await createTestAccount(other.db);
      const entityUuid = tenant.account.entityUuid;
      const [created] = await other.db
        .insert(wallet)
        .values({ entityUuid, merchantUuid: tenant.merchant.merchantUuid, kind: 'payment', currency: 'BRL', status: 'active', customerId: 'c', name: 'n', email: 'e@example.test' })
        .returning();
      const available = await walletAccount(other.db, created!, 'available');
      await other.db.execute(sql`alter table ledger_account drop constraint ledger_account_non_negative`);
      await other.db.execute(sql`alter table ledger_account disable trigger ledger_account_guard_balance`);
      await other.db.execute(sql`update ledger_account set balance_minor = -1 where id = ${available.id}`);

      const report = await checkIntegrity(other.db, { entityUuid });
      expect(report.ok).toBe(false);
      expect(report.negativeAccounts).toEqual([{ accountId: available.id, code: 'available', walletUuid: created!.walletUuid, currency: 'BRL', balance: -1n }]);
      expect(report.mismatchedAccounts).toEqual([{ accountId: available.id, code: 'available', walletUuid: created!.walletUuid, currency: 'BRL', stored: -1n, fromEntries: 0n }]);
    } finally {
      await other.close();
    }
  });
});
