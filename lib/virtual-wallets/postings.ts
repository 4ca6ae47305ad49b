import type { DbOrTx } from '@/db/client';
import { platformAccount, virtualBalanceAccount, walletAccount, type VirtualWalletRef } from '@/lib/ledger/accounts';
import { post } from '@/lib/ledger/post';

// The ledger side of virtual wallets (DESIGN §2.1 rules, §2.2). A virtual wallet's balance is its
// own `virtual_balance` account; its holding's `virtual_allocated` (only ever ≤ 0) carries minus
// the sum of them, so every posting that moves a virtual balance moves the allocation by the
// opposite amount, and each transaction balances on its own.

/**
 * A Pix deposit into a virtual wallet: the money arrives in the holding's `available` (through the
 * account's Pix clearing, as any Pix does) and, in the same transaction, the virtual wallet's
 * balance rises by it against the holding's allocation. No fee: the deposit is the customer's.
 */
export function postVirtualDeposit(db: DbOrTx, target: VirtualWalletRef, depositUuid: string, amountMinor: bigint, description: string): Promise<string> {
  return postLines(db, target, { kind: 'virtual_deposit', type: 'virtual_wallet_deposit', id: depositUuid, description }, async () => [
    { account: await platformAccount(db, target.entityUuid, 'pix_clearing', target.currency), amountMinor: -amountMinor },
    { account: await walletAccount(db, target, 'available'), amountMinor },
    { account: await virtualBalanceAccount(db, target), amountMinor },
    { account: await walletAccount(db, target, 'virtual_allocated'), amountMinor: -amountMinor },
  ]);
}

/**
 * A transfer between a holding and one of its virtual wallets: only the virtual balance and the
 * allocation move (the real money stays in the holding's `available`). Into the virtual wallet it
 * may exceed the holding's own funds (the service holds it to the leverage ceiling); out of it the
 * `virtual_balance` CHECK refuses more than it holds.
 */
export function postVirtualTransfer(db: DbOrTx, target: VirtualWalletRef, transferUuid: string, signedAmountMinor: bigint, description: string): Promise<string> {
  return postLines(db, target, { kind: 'virtual_transfer', type: 'virtual_wallet_transfer', id: transferUuid, description }, async () => [
    { account: await virtualBalanceAccount(db, target), amountMinor: signedAmountMinor },
    { account: await walletAccount(db, target, 'virtual_allocated'), amountMinor: -signedAmountMinor },
  ]);
}

async function postLines(
  db: DbOrTx,
  target: VirtualWalletRef,
  what: { kind: string; type: string; id: string; description: string },
  lines: () => Promise<{ account: Awaited<ReturnType<typeof walletAccount>>; amountMinor: bigint }[]>,
): Promise<string> {
  return post(db, { entityUuid: target.entityUuid, kind: what.kind, reference: { type: what.type, id: what.id }, description: what.description, entries: await lines() });
}
