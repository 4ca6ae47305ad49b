import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { virtualWallet, type VirtualWalletStatus } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { claimProductSlot } from '@/lib/products/quota';
import { recordEvent } from '@/lib/webhooks/outbox';
import { virtualWalletErrors } from './errors';
import { virtualWalletDeactivated, virtualWalletReactivated } from './events';
import { activeVirtualWallets, getVirtualWallet, type VirtualWalletView } from './queries';

const TRANSITIONS = {
  deactivate: { from: 'active', to: 'deactivated', event: virtualWalletDeactivated },
  reactivate: { from: 'deactivated', to: 'active', event: virtualWalletReactivated },
} as const satisfies Record<string, { from: VirtualWalletStatus; to: VirtualWalletStatus; event: unknown }>;

/**
 * Deactivates a virtual wallet (seed 003): it takes no more deposits (they are refused and
 * recorded) nor transfers in, and leaves the product's pool, freeing its slot. Its balance stays
 * its customer's: still counted in the holding's reserve, and it may still be moved back to the
 * holding. Repeating it answers the wallet unchanged, without a second event.
 */
export function deactivateVirtualWallet(db: DbOrTx, caller: Caller, walletUuid: string, virtualWalletUuid: string) {
  return transition(db, caller, walletUuid, virtualWalletUuid, 'deactivate');
}

/** Reactivates a deactivated virtual wallet: it claims a slot of the quota again (422 `product_quota_exceeded` when none is left). */
export function reactivateVirtualWallet(db: DbOrTx, caller: Caller, walletUuid: string, virtualWalletUuid: string) {
  return transition(db, caller, walletUuid, virtualWalletUuid, 'reactivate');
}

async function transition(db: DbOrTx, caller: Caller, walletUuid: string, virtualWalletUuid: string, action: keyof typeof TRANSITIONS): Promise<VirtualWalletView> {
  const { from, to, event } = TRANSITIONS[action];
  // Found first, so a wallet that is not the caller's answers 404 before any quota is counted.
  const found = await getVirtualWallet(db, caller, walletUuid, virtualWalletUuid);
  return db.transaction(async (tx) => {
    // The contract first, then the wallet: the order creation takes them in.
    if (action === 'reactivate') await claimProductSlot(tx, caller.entityUuid, 'virtual_wallet', () => activeVirtualWallets(tx, caller.entityUuid));
    // NO KEY UPDATE: a deposit or transfer reading the status (FOR SHARE) waits for this, or this for it.
    const [current] = await tx
      .select()
      .from(virtualWallet)
      .where(and(ownedBy(virtualWallet, caller), eq(virtualWallet.virtualWalletUuid, found.virtualWalletUuid)))
      .for('no key update');
    if (!current) throw virtualWalletErrors.notFound();
    if (current.status === to) return getVirtualWallet(tx, caller, walletUuid, current.virtualWalletUuid);
    if (current.status !== from) throw virtualWalletErrors.invalidTransition(current.status, action);

    await tx
      .update(virtualWallet)
      .set({ status: to, deactivatedAt: to === 'deactivated' ? sql`now()` : null, updatedAt: sql`now()` })
      .where(eq(virtualWallet.virtualWalletUuid, current.virtualWalletUuid));
    // Read under the lock: every deposit and transfer that touched it has committed.
    const updated = await getVirtualWallet(tx, caller, walletUuid, current.virtualWalletUuid);
    await recordAudit(tx, caller, {
      action: `virtual_wallet.${action}d`,
      subjectType: 'virtual_wallet',
      subjectId: current.virtualWalletUuid,
      data: { wallet_uuid: current.walletUuid, from: current.status, to },
    });
    await recordEvent(tx, caller.entityUuid, event, {
      subject: { type: 'virtual_wallet', id: current.virtualWalletUuid },
      data: {
        virtual_wallet_uuid: current.virtualWalletUuid,
        wallet_uuid: current.walletUuid,
        reference: current.reference,
        name: current.name,
        status: to,
        balance_minor: updated.balanceMinor.toString(),
        currency: updated.currency,
      },
    });
    return updated;
  });
}
