import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { wallet, type WalletStatus } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Caller } from '@/lib/auth/caller';
import { walletErrors } from './errors';
import { claimWalletSlot } from './pool';
import { reachableWallets } from './queries';
import { isUniqueViolation } from '@/db/unique-violation';
import type { AnyEventDefinition } from '@/lib/webhooks/define-event';
import { recordEvent } from '@/lib/webhooks/outbox';
import { walletDeactivated, walletReactivated } from './events';

const TRANSITIONS = {
  deactivate: { from: 'active', to: 'deactivated', audit: 'wallet.deactivated', event: walletDeactivated },
  reactivate: { from: 'deactivated', to: 'active', audit: 'wallet.reactivated', event: walletReactivated },
} as const satisfies Record<string, { from: WalletStatus; to: WalletStatus; audit: string; event: AnyEventDefinition }>;

/** Deactivates an active payment wallet (seed 003): it stays readable but takes no new charges. */
export function deactivatePaymentWallet(db: DbOrTx, caller: Caller, walletUuid: string) {
  return transition(db, caller, walletUuid, 'deactivate');
}

/**
 * Reactivates a deactivated payment wallet. If the merchant opened another wallet in the same
 * currency meanwhile, the unique index refuses it with 409 `errors.wallet.already_exists`.
 */
export async function reactivatePaymentWallet(db: DbOrTx, caller: Caller, walletUuid: string) {
  try {
    return await transition(db, caller, walletUuid, 'reactivate');
  } catch (error) {
    if (isUniqueViolation(error, 'wallet_payment_merchant_currency_unique')) throw walletErrors.alreadyExists();
    throw error;
  }
}

/**
 * Lifecycle changes are the account's decision, not the wallet's own delegated credentials'.
 * Repeating a change that already happened answers the wallet as it is, without a second audit.
 */
async function transition(db: DbOrTx, caller: Caller, walletUuid: string, action: keyof typeof TRANSITIONS) {
  if (caller.walletUuid) throw walletErrors.accountLevelOnly();
  const { from, to, audit, event } = TRANSITIONS[action];
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(wallet)
      .where(and(reachableWallets(caller), eq(wallet.walletUuid, walletUuid)))
      .for('update');
    if (!current) throw walletErrors.notFound();
    if (current.status === to) return current;
    if (current.status !== from) throw walletErrors.invalidTransition(current.status, action);
    // Back in the pool, it needs a slot of the quota like a new wallet.
    if (action === 'reactivate') await claimWalletSlot(tx, current.entityUuid, current.kind);

    const [updated] = await tx
      .update(wallet)
      .set({ status: to, updatedAt: sql`now()` })
      .where(eq(wallet.walletUuid, current.walletUuid))
      .returning();
    await recordAudit(tx, caller, {
      action: audit,
      subjectType: 'wallet',
      subjectId: current.walletUuid,
      data: { from: current.status, to },
    });
    await recordEvent(tx, caller.entityUuid, event, {
      subject: { type: 'wallet', id: updated!.walletUuid },
      data: { wallet_uuid: updated!.walletUuid, wallet_kind: 'payment', wallet_status: to, currency: updated!.currency },
    });
    return updated!;
  });
}

/**
 * The guard every new charge passes (for the charges service): the wallet must be a payment wallet
 * the caller reaches, and active. Call it inside the charge's transaction: it locks the wallet row
 * (FOR NO KEY UPDATE, the lock a balance update takes anyway, so no upgrade deadlock), so a
 * deactivation racing the charge either commits first and is seen, or waits for the charge.
 */
export async function assertWalletAcceptsCharges(db: DbOrTx, caller: Caller, walletUuid: string) {
  const [row] = await db
    .select()
    .from(wallet)
    .where(and(reachableWallets(caller), eq(wallet.walletUuid, walletUuid)))
    .for('no key update');
  if (!row) throw walletErrors.notFound();
  if (row.status !== 'active') throw walletErrors.notActive(row.status);
  return row;
}
