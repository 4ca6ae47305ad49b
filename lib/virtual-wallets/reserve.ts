import type { DbOrTx } from '@/db/client';
import { holdingBalances, lockHolding, requiredReserve, type HoldingRow } from './holding';

// The reserve (DESIGN §2.2, seed 003 "Financial Management"): a holding keeps in `available` at
// least its reserve ratio of what its virtual wallets hold, so their customers' withdrawals stay
// covered. Payouts are the holding's withdrawals; `lib/payouts/create.ts` calls these two in its
// transaction. No import of the payouts module here: it imports us.

/**
 * Call first in a payout's transaction: when the wallet is a holding, its lock (the one deposits
 * and transfers take), held until the payout commits or rolls back; null for any other wallet.
 */
export function lockHoldingForPayout(tx: DbOrTx, walletUuid: string): Promise<HoldingRow | null> {
  return lockHolding(tx, walletUuid);
}

export interface ReserveShortfall {
  available: bigint;
  virtualTotal: bigint;
  required: bigint;
}

/**
 * Call after the payout's reservation is posted, in the same transaction: `available` as the payout
 * leaves it against the reserve the virtual balances need. Under the holding's lock no deposit,
 * transfer or other payout of the holding moves either figure meanwhile. Null when the reserve holds.
 */
export async function reserveShortfall(tx: DbOrTx, holding: HoldingRow): Promise<ReserveShortfall | null> {
  const balances = await holdingBalances(tx, holding.walletUuid);
  const required = requiredReserve(balances.virtualTotal, holding.reserveRatioBps);
  return balances.available >= required ? null : { ...balances, required };
}
