import { and, count, eq, notInArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { wallet, WALLET_KINDS, type Product, type WalletStatus } from '@/db/schema';
import { claimProductSlot } from '@/lib/products/quota';

type WalletKind = (typeof WALLET_KINDS)[number];

/** The contracted product each kind of wallet draws on. */
const PRODUCT_OF = { payment: 'payment_wallet', credit: 'credit_wallet' } as const satisfies Record<WalletKind, Product>;

/**
 * A rejected or deactivated wallet leaves its product's pool (seed 003), so it frees its slot for a
 * new one; a pending credit wallet holds one, since KYC may still make it active.
 */
const OUT_OF_POOL: WalletStatus[] = ['rejected', 'deactivated'];

/** How many of the account's wallets of this kind occupy the pool. */
export async function walletsInPool(db: DbOrTx, entityUuid: string, kind: WalletKind): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(wallet)
    .where(and(eq(wallet.entityUuid, entityUuid), eq(wallet.kind, kind), notInArray(wallet.status, OUT_OF_POOL)));
  return row?.value ?? 0;
}

/**
 * Takes a slot for one more wallet of this kind, refused when the account has not contracted its
 * product or its quota is used up. Call it first in the creating transaction: the contract row
 * stays locked until that commits, so racing creations are counted one after the other.
 */
export function claimWalletSlot(tx: DbOrTx, entityUuid: string, kind: WalletKind): Promise<void> {
  return claimProductSlot(tx, entityUuid, PRODUCT_OF[kind], () => walletsInPool(tx, entityUuid, kind));
}
