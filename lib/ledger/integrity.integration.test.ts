import { randomUUID } from 'node:crypto';
import { sql, TransactionRollbackError } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Tx } from '@/db/client';
import { testDb } from '@/lib/testing/db';
import { seedWallet, walletTenant } from '@/lib/wallets/test-fixtures';
import { platformAccount, walletAccount } from './accounts';
import { checkIntegrity } from './integrity';
import { move } from './test-fixtures';
import { depositForTest, expectLedgerIntact } from './testing';

const db = await testDb();

async function twoWallets() {
  const tenant = await walletTenant(db);
  const brl = await seedWallet(db, tenant);
  const clp = await seedWallet(db, tenant, { currency: 'CLP' });
  return { tenant, brl, clp, entityUuid: tenant.account.entityUuid };
}

/**
 * Runs `damage` in a transaction that is always rolled back, with the ledger's triggers switched
 * off for that transaction alone (`session_replication_role = replica`, which the test database's
 * superuser may set): the only way to write what the database otherwise refuses, so the check can
 * be shown to find it. Answers what `damage` returned.
 */
async function inDamagedLedger<T>(damage: (tx: Tx) => Promise<T>): Promise<T> {
  let seen: T | undefined;
  await db
    .transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      seen = await damage(tx);
      tx.rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof TransactionRollbackError)) throw error;
    });
  return seen!;
}

describe('checkIntegrity', () => {
  it('finds every account and transaction of the account intact after postings', async () => {
    const { brl, clp, entityUuid } = await twoWallets();
    await depositForTest(db, brl, 10_000n);
    await depositForTest(db, clp, 5_000n, 'pending');
    const available = await walletAccount(db, brl, 'available');
    const reserved = await walletAccount(db, brl, 'reserved');
    await move(db, brl, 'payout_requested', available, reserved, 2_500n);
    await move(db, brl, 'payout_realized', reserved, await platformAccount(db, entityUuid, 'payouts_in_transit', 'BRL'), 2_500n);

    const report = await expectLedgerIntact(db, entityUuid);
    // BRL available, reserved, Pix clearing, payouts in transit; CLP pending, Pix clearing.
    expect(report).toMatchObject({ ok: true, accounts: 6, transactions: 4, mismatchedAccounts: [], unbalancedTransactions: [], negativeAccounts: [] });
    expect(await checkIntegrity(db, { entityUuid, walletUuid: clp.walletUuid })).toMatchObject({ ok: true, accounts: 1, transactions: 1 });
    expect(await checkIntegrity(db, { entityUuid, walletUuid: brl.walletUuid })).toMatchObject({ ok: true, accounts: 2, transactions: 3 });
  });

  it('counts nothing for an account without a ledger, and nothing of another account', async () => {
    const { entityUuid } = await twoWallets();
    const other = await twoWallets();
    await depositForTest(db, other.brl, 1n);
    expect(await checkIntegrity(db, { entityUuid })).toMatchObject({ ok: true, accounts: 0, transactions: 0 });
    expect(await checkIntegrity(db, { entityUuid, walletUuid: other.brl.walletUuid })).toMatchObject({ ok: true, accounts: 0, transactions: 0 });
  });

  it('reports a balance that disagrees with its entries and a transaction that does not balance, and the test helper says so', async () => {
    const { brl, clp, entityUuid } = await twoWallets();
    await depositForTest(db, brl, 100n);
    await depositForTest(db, clp, 40n);
    const available = await walletAccount(db, brl, 'available');
    const clearing = await platformAccount(db, entityUuid, 'pix_clearing', 'BRL');

    const { account, wallet, other, helper, lostTransaction } = await inDamagedLedger(async (tx) => {
      await tx.execute(sql`update ledger_account set balance_minor = 150 where id = ${available.id}`);
      // One lone entry the (disabled) trigger never applied: its transaction does not balance and
      // the clearing account's balance no longer equals its entries.
      const lostTransaction = randomUUID();
      await tx.execute(sql`insert into ledger_transaction (transaction_uuid, entity_uuid, kind, reference_type, reference_id)
        values (${lostTransaction}, ${entityUuid}, 'raw_sql', 'test', ${randomUUID()})`);
      await tx.execute(sql`insert into ledger_entry (transaction_uuid, account_id, entity_uuid, amount_minor, currency)
        values (${lostTransaction}, ${clearing.id}, ${entityUuid}, 5, 'BRL')`);
      return {
        lostTransaction,
        account: await checkIntegrity(tx, { entityUuid }),
        wallet: await checkIntegrity(tx, { entityUuid, walletUuid: brl.walletUuid }),
        other: await checkIntegrity(tx, { entityUuid, walletUuid: clp.walletUuid }),
        helper: await expectLedgerIntact(tx, entityUuid).then(
          () => 'passed',
          (error: Error) => error.message,
        ),
      };
    });

    expect(account.ok).toBe(false);
    // In account id order.
    expect(account.mismatchedAccounts).toEqual(
      [
        { accountId: available.id, code: 'available', walletUuid: brl.walletUuid, currency: 'BRL', stored: 150n, fromEntries: 100n },
        { accountId: clearing.id, code: 'pix_clearing', walletUuid: null, currency: 'BRL', stored: -100n, fromEntries: -95n },
      ].sort((a, b) => (a.accountId < b.accountId ? -1 : 1)),
    );
    expect(account.unbalancedTransactions).toEqual([{ transactionUuid: lostTransaction, currency: 'BRL', sum: 5n }]);
    expect(account.negativeAccounts).toEqual([]);
    // The wallet's own view: its account, not the platform's.
    expect(wallet.mismatchedAccounts.map((a) => a.code)).toEqual(['available']);
    expect(wallet.unbalancedTransactions).toEqual([]);
    expect(other.ok).toBe(true);
    expect(helper).toContain(`account ${available.id} (available BRL, wallet ${brl.walletUuid}): stored 150, entries sum to 100 (off by 50)`);
    expect(helper).toContain(`transaction ${lostTransaction}: its BRL entries sum to 5, not 0`);

    // Rolled back: the real ledger was never touched.
    await expectLedgerIntact(db, entityUuid);
  });
});
