import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { testDb } from '@/lib/testing/db';
import { assertWalletAcceptsCharges, deactivatePaymentWallet, reactivatePaymentWallet } from './lifecycle';
import { seedWallet, walletTenant } from './test-fixtures';

const db = await testDb();

describe('assertWalletAcceptsCharges', () => {
  it('passes an active wallet and refuses it once deactivated, until reactivated', async () => {
    const tenant = await walletTenant(db);
    const own = await seedWallet(db, tenant);
    await expect(assertWalletAcceptsCharges(db, tenant.caller, own.walletUuid)).resolves.toMatchObject({ walletUuid: own.walletUuid });

    await deactivatePaymentWallet(db, tenant.caller, own.walletUuid);
    await expect(assertWalletAcceptsCharges(db, tenant.caller, own.walletUuid)).rejects.toMatchObject({
      status: 409,
      code: 'errors.wallet.not_active',
      message: 'Wallet is deactivated and accepts no new charges',
    });

    await reactivatePaymentWallet(db, tenant.caller, own.walletUuid);
    await expect(assertWalletAcceptsCharges(db, tenant.caller, own.walletUuid)).resolves.toBeTruthy();
  });

  it("refuses other accounts' and missing wallets alike, and a wallet-level caller's siblings", async () => {
    const tenant = await walletTenant(db);
    const other = await walletTenant(db);
    const theirs = await seedWallet(db, other);
    await expect(assertWalletAcceptsCharges(db, tenant.caller, theirs.walletUuid)).rejects.toMatchObject({ status: 404, code: 'errors.wallet.not_found' });
    await expect(assertWalletAcceptsCharges(db, tenant.caller, randomUUID())).rejects.toMatchObject({ status: 404, code: 'errors.wallet.not_found' });

    const own = await seedWallet(db, tenant);
    const sibling = await seedWallet(db, tenant, { currency: 'MXN' });
    const confined = { ...tenant.caller, walletUuid: own.walletUuid };
    await expect(assertWalletAcceptsCharges(db, confined, sibling.walletUuid)).rejects.toMatchObject({ status: 404 });
  });

  it('makes a deactivation racing a charge wait for the charge transaction that checked the wallet', async () => {
    const tenant = await walletTenant(db);
    const own = await seedWallet(db, tenant);
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let checked!: () => void;
    const checkedOnce = new Promise<void>((resolve) => (checked = resolve));

    const charge = db.transaction(async (tx) => {
      await assertWalletAcceptsCharges(tx, tenant.caller, own.walletUuid);
      checked();
      await held;
      order.push('charge committed');
    });
    await checkedOnce;
    const deactivation = deactivatePaymentWallet(db, tenant.caller, own.walletUuid).then(() => order.push('deactivated'));
    // Give the deactivation every chance to overtake; it must still come second.
    await new Promise((resolve) => setTimeout(resolve, 200));
    order.push('releasing');
    release();
    await Promise.all([charge, deactivation]);
    expect(order).toEqual(['releasing', 'charge committed', 'deactivated']);
  });
});
