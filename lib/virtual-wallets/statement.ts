import { and, desc, eq, lt } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ledgerAccount, ledgerEntry, ledgerTransaction } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { decodeStatementCursor, encodeStatementCursor } from '@/lib/ledger/cursor';
import { getVirtualWallet, type VirtualWalletView } from './queries';

/** One line of a virtual wallet's statement: an entry on its virtual balance, with the transaction that explains it. */
export interface VirtualStatementRow {
  entryId: bigint;
  transactionUuid: string;
  /** `virtual_deposit` or `virtual_transfer`. */
  kind: string;
  referenceType: string;
  /** The deposit's or the transfer's uuid. */
  referenceId: string;
  description: string | null;
  amountMinor: bigint;
  balanceAfterMinor: bigint;
  createdAt: Date;
}

export interface VirtualStatementPage {
  virtualWallet: VirtualWalletView;
  rows: VirtualStatementRow[];
  hasMore: boolean;
  nextCursor: string | null;
}

/**
 * A virtual wallet's statement, newest first, by cursor: every entry on its `virtual_balance`
 * account, each with the balance right after it, read by a seek on `ledger_entry (account_id, id)`
 * (the statement cursor of lib/ledger). 404 like a missing one when it is not the caller's.
 */
export async function virtualWalletStatement(
  db: DbOrTx,
  caller: Caller,
  walletUuid: string,
  virtualWalletUuid: string,
  window: { limit: number; startingAfter?: string },
): Promise<VirtualStatementPage> {
  const found = await getVirtualWallet(db, caller, walletUuid, virtualWalletUuid);
  const before = window.startingAfter === undefined ? null : decodeStatementCursor(window.startingAfter);
  const fetched = await db
    .select({
      entryId: ledgerEntry.id,
      transactionUuid: ledgerEntry.transactionUuid,
      kind: ledgerTransaction.kind,
      referenceType: ledgerTransaction.referenceType,
      referenceId: ledgerTransaction.referenceId,
      description: ledgerTransaction.description,
      amountMinor: ledgerEntry.amountMinor,
      balanceAfterMinor: ledgerEntry.balanceAfterMinor,
      createdAt: ledgerEntry.createdAt,
    })
    .from(ledgerAccount)
    .innerJoin(ledgerEntry, eq(ledgerEntry.accountId, ledgerAccount.id))
    .innerJoin(ledgerTransaction, eq(ledgerTransaction.transactionUuid, ledgerEntry.transactionUuid))
    .where(
      and(
        eq(ledgerAccount.virtualWalletUuid, found.virtualWalletUuid),
        eq(ledgerAccount.code, 'virtual_balance'),
        before === null ? undefined : lt(ledgerEntry.id, before),
      ),
    )
    .orderBy(desc(ledgerEntry.id))
    .limit(window.limit + 1);
  const rows = fetched.slice(0, window.limit);
  const hasMore = fetched.length > window.limit;
  const last = rows.at(-1);
  return { virtualWallet: found, rows, hasMore, nextCursor: hasMore && last ? encodeStatementCursor(last.entryId) : null };
}
