import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '@/db/client';
import { virtualWallet } from '@/db/schema';
import { isUniqueViolation } from '@/db/unique-violation';
import { recordAudit } from '@/lib/audit/record';
import type { Caller } from '@/lib/auth/caller';
import { pixTxid } from '@/lib/pix/br-code';
import { claimProductSlot } from '@/lib/products/quota';
import { virtualWalletErrors } from './errors';
import { assertCanHold, ensureHolding, reachableHoldingWallet } from './holding';
import { activeVirtualWallets, type VirtualWalletView } from './queries';

export interface NewVirtualWallet {
  /** The merchant's id for the end customer, unique per holding. */
  reference: string;
  name: string;
}

/**
 * Opens a virtual wallet for one end customer under one of the caller's active BRL payment
 * wallets, which becomes its holding (configuration at the defaults) if it was not one. The
 * account must have contracted virtual wallets with room under its quota (active ones count):
 * the contract row stays locked until this commits, so racing creations are counted one by one.
 * Its Pix txid is its uuid in base 36, so each deposit code is unique. A reference the holding
 * already has answers 409 `errors.virtual_wallet.reference_taken`.
 */
export async function createVirtualWallet(db: DbOrTx, caller: Caller, walletUuid: string, input: NewVirtualWallet): Promise<VirtualWalletView> {
  const holding = await reachableHoldingWallet(db, caller, walletUuid);
  assertCanHold(holding);
  try {
    return await db.transaction(async (tx) => {
      await claimProductSlot(tx, caller.entityUuid, 'virtual_wallet', () => activeVirtualWallets(tx, caller.entityUuid));
      await ensureHolding(tx, holding);
      const virtualWalletUuid = randomUUID();
      const [created] = await tx
        .insert(virtualWallet)
        .values({
          virtualWalletUuid,
          entityUuid: holding.entityUuid,
          walletUuid: holding.walletUuid,
          reference: input.reference,
          name: input.name,
          status: 'active',
          pixTxid: pixTxid(virtualWalletUuid),
        })
        .returning();
      await recordAudit(tx, caller, {
        action: 'virtual_wallet.created',
        subjectType: 'virtual_wallet',
        subjectId: virtualWalletUuid,
        data: { wallet_uuid: holding.walletUuid, reference: input.reference },
      });
      return { ...created!, currency: holding.currency, balanceMinor: 0n };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'virtual_wallet_holding_reference_unique')) throw virtualWalletErrors.referenceTaken(input.reference);
    throw error;
  }
}
