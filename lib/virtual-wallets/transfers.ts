import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { virtualWallet, virtualWalletTransfer, type VirtualTransferDirection } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { formatMinor } from '@/lib/money/decimal';
import { recordEvent } from '@/lib/webhooks/outbox';
import { virtualBalance } from './deposits';
import { virtualWalletErrors } from './errors';
import { virtualTransferCompleted } from './events';
import { assertCanHold, holdingBalances, lockHolding, reachableHoldingWallet, transferHeadroom } from './holding';
import { postVirtualTransfer } from './postings';
import { getVirtualWallet } from './queries';

export type VirtualTransferRow = typeof virtualWalletTransfer.$inferSelect;

export interface NewVirtualTransfer {
  amountMinor: bigint;
  direction: VirtualTransferDirection;
  description?: string | null;
}

/**
 * Moves money between a holding and one of its virtual wallets, under the holding's lock:
 * - `to_virtual`: credits the virtual wallet (it must be active). Allowed beyond the holding's own
 *   funds (seed 003's leverage) as long as the sum of virtual balances stays within `available`
 *   plus the holding's leverage ceiling; past it 422 `errors.virtual_wallet.leverage_ceiling_exceeded`
 *   naming what can still go.
 * - `to_holding`: takes it back (a deactivated wallet too), at most its balance (422
 *   `errors.virtual_wallet.insufficient_balance`).
 * Only virtual balances move: the real money stays in the holding's `available`.
 */
export async function transferToVirtualWallet(db: DbOrTx, caller: Caller, walletUuid: string, virtualWalletUuid: string, input: NewVirtualTransfer) {
  const holdingWallet = await reachableHoldingWallet(db, caller, walletUuid);
  assertCanHold(holdingWallet);
  const found = await getVirtualWallet(db, caller, walletUuid, virtualWalletUuid);

  const transfer = await db.transaction(async (tx) => {
    const holding = (await lockHolding(tx, holdingWallet.walletUuid))!;
    const [customer] = await tx
      .select()
      .from(virtualWallet)
      .where(and(ownedBy(virtualWallet, caller), eq(virtualWallet.virtualWalletUuid, found.virtualWalletUuid)))
      .for('share');
    if (!customer) throw virtualWalletErrors.notFound();
    const balance = await virtualBalance(tx, customer.virtualWalletUuid);
    if (input.direction === 'to_virtual') {
      if (customer.status !== 'active') throw virtualWalletErrors.notActive();
      const headroom = transferHeadroom(await holdingBalances(tx, holding.walletUuid), holding.leverageCeilingMinor);
      if (input.amountMinor > headroom) throw virtualWalletErrors.leverageCeilingExceeded(formatMinor(headroom, 2));
    } else if (input.amountMinor > balance) {
      throw virtualWalletErrors.insufficientVirtualBalance(formatMinor(balance, 2));
    }

    const [created] = await tx
      .insert(virtualWalletTransfer)
      .values({
        entityUuid: customer.entityUuid,
        walletUuid: customer.walletUuid,
        virtualWalletUuid: customer.virtualWalletUuid,
        direction: input.direction,
        amountMinor: input.amountMinor,
        currency: holdingWallet.currency,
        description: input.description ?? null,
      })
      .returning();
    const signed = input.direction === 'to_virtual' ? input.amountMinor : -input.amountMinor;
    const ref = { virtualWalletUuid: customer.virtualWalletUuid, walletUuid: customer.walletUuid, entityUuid: customer.entityUuid, currency: holdingWallet.currency };
    const label = input.direction === 'to_virtual' ? `Transfer from the holding to ${customer.reference}` : `Transfer from ${customer.reference} to the holding`;
    await postVirtualTransfer(tx, ref, created!.transferUuid, signed, input.description ? `${label}: ${input.description}` : label);
    const after = balance + signed;
    await recordEvent(tx, customer.entityUuid, virtualTransferCompleted, {
      subject: { type: 'virtual_wallet_transfer', id: created!.transferUuid },
      data: {
        transfer_uuid: created!.transferUuid,
        virtual_wallet_uuid: customer.virtualWalletUuid,
        wallet_uuid: customer.walletUuid,
        reference: customer.reference,
        direction: input.direction,
        amount_minor: input.amountMinor.toString(),
        currency: created!.currency,
        description: created!.description,
        balance_minor: after.toString(),
      },
    });
    return { ...created!, balanceAfterMinor: after };
  });
  return transfer;
}
