import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Caller } from '@/lib/auth/caller';
import { isAppError } from '@/lib/errors/app-error';
import { testDb } from '@/lib/testing/db';
import { seedWallet, walletTenant } from '@/lib/wallets/test-fixtures';
import { walletAccount } from './accounts';
import { walletStatement, type StatementRow } from './statement';
import { move } from './test-fixtures';
import { depositForTest } from './testing';

const db = await testDb();

/** A BRL wallet with five deposits of 1.00, 2.00 … 5.00, then 2.50 moved to reserved: seven entries on its accounts. */
async function walletWithHistory() {
  const tenant = await walletTenant(db);
  const wallet = await seedWallet(db, tenant);
  for (const amount of [100n, 200n, 300n, 400n, 500n]) await depositForTest(db, wallet, amount);
  const available = await walletAccount(db, wallet, 'available');
  const reserved = await walletAccount(db, wallet, 'reserved');
  await move(db, wallet, 'payout_requested', available, reserved, 250n);
  return { tenant, wallet, available, reserved };
}

async function everyPage(caller: Caller, walletUuid: string, limit: number, accountCode?: 'available' | 'pending' | 'reserved') {
  const pages: StatementRow[][] = [];
  let startingAfter: string | undefined;
  for (;;) {
    const page = await walletStatement(db, caller, walletUuid, { limit, startingAfter, accountCode });
    pages.push(page.rows);
    if (!page.hasMore) {
      expect(page.nextCursor).toBeNull();
      return pages;
    }
    startingAfter = page.nextCursor!;
  }
}

async function notFoundCode(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return isAppError(error) ? `${error.status} ${error.code}` : String(error);
}

describe('walletStatement', () => {
  it("lists the wallet's entries newest first, each with its transaction and the balance it left", async () => {
    const { tenant, wallet } = await walletWithHistory();
    const page = await walletStatement(db, tenant.caller, wallet.walletUuid, { limit: 3 });
    expect(page).toMatchObject({ walletUuid: wallet.walletUuid, currency: 'BRL', hasMore: true });
    expect(page.rows.map((r) => [r.kind, r.account, r.amountMinor, r.balanceAfterMinor])).toEqual([
      ['payout_requested', 'reserved', 250n, 250n],
      ['payout_requested', 'available', -250n, 1250n],
      ['test_deposit', 'available', 500n, 1500n],
    ]);
    expect(page.rows[0]).toMatchObject({ referenceType: 'test', description: null });
    expect(page.rows[0]!.transactionUuid).toBe(page.rows[1]!.transactionUuid);
    expect(page.rows[2]).toMatchObject({ description: 'Test deposit' });
    // The platform's side of each posting (Pix clearing) is not the wallet's and never shows.
    expect((await everyPage(tenant.caller, wallet.walletUuid, 100)).flat()).toHaveLength(7);
  });

  it('pages by cursor without repeating or skipping an entry, even as new ones are posted', async () => {
    const { tenant, wallet } = await walletWithHistory();
    const first = await walletStatement(db, tenant.caller, wallet.walletUuid, { limit: 2 });
    await depositForTest(db, wallet, 999n); // newer than every cursor: it belongs on a first page, not a later one
    const rest: StatementRow[][] = [];
    for (let cursor = first.nextCursor; cursor; ) {
      const page = await walletStatement(db, tenant.caller, wallet.walletUuid, { limit: 2, startingAfter: cursor });
      rest.push(page.rows);
      cursor = page.nextCursor;
    }
    const walked = [first.rows, ...rest].flat();
    expect(rest.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(walked.map((r) => r.amountMinor)).toEqual([250n, -250n, 500n, 400n, 300n, 200n, 100n]);
    const ids = walked.map((r) => r.entryId);
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : 1)));

    const fresh = await walletStatement(db, tenant.caller, wallet.walletUuid, { limit: 1 });
    expect(fresh.rows[0]).toMatchObject({ amountMinor: 999n, balanceAfterMinor: 2249n });
  });

  it('narrows to one account', async () => {
    const { tenant, wallet } = await walletWithHistory();
    const reserved = (await everyPage(tenant.caller, wallet.walletUuid, 10, 'reserved')).flat();
    expect(reserved.map((r) => [r.account, r.amountMinor])).toEqual([['reserved', 250n]]);
    const available = (await everyPage(tenant.caller, wallet.walletUuid, 4, 'available')).flat();
    expect(available).toHaveLength(6);
    expect(new Set(available.map((r) => r.account))).toEqual(new Set(['available']));
    expect(await walletStatement(db, tenant.caller, wallet.walletUuid, { limit: 5, accountCode: 'pending' })).toMatchObject({ rows: [], hasMore: false, nextCursor: null });
  });

  it('answers an empty page for a wallet that never moved money', async () => {
    const tenant = await walletTenant(db);
    const wallet = await seedWallet(db, tenant);
    expect(await walletStatement(db, tenant.caller, wallet.walletUuid, { limit: 20 })).toMatchObject({ rows: [], hasMore: false, nextCursor: null });
  });

  it("answers another account's wallet, another wallet of a wallet-level client and a missing one alike: 404", async () => {
    const { tenant, wallet } = await walletWithHistory();
    const stranger = await walletTenant(db);
    const sibling = await seedWallet(db, tenant, { currency: 'MXN' });
    const confined: Caller = { ...tenant.caller, walletUuid: sibling.walletUuid };
    const window = { limit: 20 };
    expect(await notFoundCode(walletStatement(db, stranger.caller, wallet.walletUuid, window))).toBe('404 errors.wallet.not_found');
    expect(await notFoundCode(walletStatement(db, confined, wallet.walletUuid, window))).toBe('404 errors.wallet.not_found');
    expect(await notFoundCode(walletStatement(db, tenant.caller, randomUUID(), window))).toBe('404 errors.wallet.not_found');
    expect((await walletStatement(db, confined, sibling.walletUuid, window)).rows).toEqual([]);
  });
});
