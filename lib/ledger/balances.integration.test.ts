import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { wallet } from '@/db/schema';
import { isAppError } from '@/lib/errors/app-error';
import { testDb } from '@/lib/testing/db';
import { seedWallet, walletTenant } from '@/lib/wallets/test-fixtures';
import { walletAccount } from './accounts';
import { accountBalancesByCurrency, availableBalances, walletBalances } from './balances';
import { move } from './test-fixtures';
import { depositForTest } from './testing';

const db = await testDb();

describe('balances', () => {
  it("reads one wallet's three balances, zeros for accounts never opened", async () => {
    const tenant = await walletTenant(db);
    const brl = await seedWallet(db, tenant);
    expect(await walletBalances(db, tenant.caller, brl.walletUuid)).toEqual({ walletUuid: brl.walletUuid, currency: 'BRL', available: 0n, pending: 0n, reserved: 0n });
    await depositForTest(db, brl, 1000n);
    await depositForTest(db, brl, 70n, 'pending');
    await move(db, brl, 'payout_requested', await walletAccount(db, brl, 'available'), await walletAccount(db, brl, 'reserved'), 400n);
    expect(await walletBalances(db, tenant.caller, brl.walletUuid)).toMatchObject({ available: 600n, pending: 70n, reserved: 400n });
  });

  it("answers another account's wallet, a sibling for a wallet-level caller, a credit wallet and a missing one with the wallet 404", async () => {
    const tenant = await walletTenant(db);
    const own = await seedWallet(db, tenant);
    const sibling = await seedWallet(db, tenant, { currency: 'MXN' });
    const theirs = await seedWallet(db, await walletTenant(db));
    const [credit] = await db.insert(wallet).values({ entityUuid: tenant.account.entityUuid, kind: 'credit', currency: 'BRL', status: 'active' }).returning();
    const confined = { ...tenant.caller, walletUuid: own.walletUuid };
    for (const [caller, walletUuid] of [
      [tenant.caller, theirs.walletUuid],
      [confined, sibling.walletUuid],
      [tenant.caller, credit!.walletUuid],
      [tenant.caller, randomUUID()],
    ] as const) {
      const error = await walletBalances(db, caller, walletUuid).catch((e: unknown) => e);
      expect(isAppError(error) && `${error.status} ${error.code}`).toBe('404 errors.wallet.not_found');
    }
    expect((await walletBalances(db, confined, own.walletUuid)).available).toBe(0n);
  });

  it('reads the available balance of a page of wallets, every one asked for in the map', async () => {
    const tenant = await walletTenant(db);
    const [brl, mxn, clp] = [await seedWallet(db, tenant), await seedWallet(db, tenant, { currency: 'MXN' }), await seedWallet(db, tenant, { currency: 'CLP' })];
    await depositForTest(db, brl, 123n);
    await depositForTest(db, mxn, 45n, 'pending'); // not available: does not count
    const balances = await availableBalances(db, [brl!.walletUuid, mxn!.walletUuid, clp!.walletUuid]);
    expect([...balances]).toEqual([
      [brl!.walletUuid, 123n],
      [mxn!.walletUuid, 0n],
      [clp!.walletUuid, 0n],
    ]);
    expect((await availableBalances(db, [])).size).toBe(0);
  });

  it('sums the payment wallets the caller reaches per currency, never across currencies', async () => {
    const tenant = await walletTenant(db);
    const brl = await seedWallet(db, tenant);
    const otherMerchantBrl = await seedWallet(db, tenant, { merchant_uuid: null, name: 'Second shop' });
    const clp = await seedWallet(db, tenant, { currency: 'CLP' });
    await seedWallet(db, tenant, { currency: 'MXN' });
    await depositForTest(db, brl, 1000n);
    await depositForTest(db, otherMerchantBrl, 250n);
    await depositForTest(db, otherMerchantBrl, 5n, 'pending');
    await depositForTest(db, clp, 9000n);
    await depositForTest(db, await seedWallet(db, await walletTenant(db)), 1n); // another account's money

    expect(await accountBalancesByCurrency(db, tenant.caller)).toEqual([
      { currency: 'BRL', available: 1250n, pending: 5n, reserved: 0n },
      { currency: 'CLP', available: 9000n, pending: 0n, reserved: 0n },
      { currency: 'MXN', available: 0n, pending: 0n, reserved: 0n },
    ]);
    expect(await accountBalancesByCurrency(db, { ...tenant.caller, walletUuid: brl.walletUuid })).toEqual([{ currency: 'BRL', available: 1000n, pending: 0n, reserved: 0n }]);
  });
});
