import type { DbOrTx } from '@/db/client';
import type { payout } from '@/db/schema';
import { platformAccount, walletAccount } from '@/lib/ledger/accounts';
import { post } from '@/lib/ledger/post';

type PayoutRow = typeof payout.$inferSelect;

/**
 * The payout flows of DESIGN §2.1, one posting each. Requesting reserves the amount and the fee
 * out of `available` (the CHECK there refuses a payout beyond the balance); realizing sends the
 * amount out through `payouts_in_transit` and books the fee; a refusal before it left gives both
 * back; money that comes back after it left returns to `available`, the fee kept (the rail was used).
 */
function walletOf(row: PayoutRow) {
  return { walletUuid: row.walletUuid, entityUuid: row.entityUuid, currency: row.currency };
}

export async function postPayoutReserved(db: DbOrTx, row: PayoutRow): Promise<void> {
  const [available, reserved] = await Promise.all([walletAccount(db, walletOf(row), 'available'), walletAccount(db, walletOf(row), 'reserved')]);
  const total = row.amountMinor + row.feeMinor;
  await post(db, {
    entityUuid: row.entityUuid,
    kind: 'payout_reserved',
    reference: { type: 'payout', id: row.payoutUuid },
    description: `Payout ${row.transactionReference} requested`,
    entries: [
      { account: available, amountMinor: -total },
      { account: reserved, amountMinor: total },
    ],
  });
}

export async function postPayoutRealized(db: DbOrTx, row: PayoutRow): Promise<void> {
  const [reserved, transit, fees] = await Promise.all([
    walletAccount(db, walletOf(row), 'reserved'),
    platformAccount(db, row.entityUuid, 'payouts_in_transit', row.currency),
    platformAccount(db, row.entityUuid, 'fee_revenue', row.currency),
  ]);
  await post(db, {
    entityUuid: row.entityUuid,
    kind: 'payout_realized',
    reference: { type: 'payout', id: row.payoutUuid },
    description: `Payout ${row.transactionReference} realized`,
    entries: [
      { account: reserved, amountMinor: -(row.amountMinor + row.feeMinor) },
      { account: transit, amountMinor: row.amountMinor },
      { account: fees, amountMinor: row.feeMinor },
    ],
  });
}

export async function postPayoutReleased(db: DbOrTx, row: PayoutRow): Promise<void> {
  const [reserved, available] = await Promise.all([walletAccount(db, walletOf(row), 'reserved'), walletAccount(db, walletOf(row), 'available')]);
  const total = row.amountMinor + row.feeMinor;
  await post(db, {
    entityUuid: row.entityUuid,
    kind: 'payout_released',
    reference: { type: 'payout', id: row.payoutUuid },
    description: `Payout ${row.transactionReference} did not leave`,
    entries: [
      { account: reserved, amountMinor: -total },
      { account: available, amountMinor: total },
    ],
  });
}

export async function postPayoutReturned(db: DbOrTx, row: PayoutRow): Promise<void> {
  const [transit, available] = await Promise.all([platformAccount(db, row.entityUuid, 'payouts_in_transit', row.currency), walletAccount(db, walletOf(row), 'available')]);
  await post(db, {
    entityUuid: row.entityUuid,
    kind: 'payout_returned',
    reference: { type: 'payout', id: row.payoutUuid },
    description: `Payout ${row.transactionReference} returned`,
    entries: [
      { account: transit, amountMinor: -row.amountMinor },
      { account: available, amountMinor: row.amountMinor },
    ],
  });
}
