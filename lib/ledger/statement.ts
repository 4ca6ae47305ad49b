import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ledgerAccount, ledgerEntry, ledgerTransaction } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { getPaymentWallet } from '@/lib/wallets/queries';
import { decodeStatementCursor, encodeStatementCursor } from './cursor';
import { PAYMENT_ACCOUNT_CODES, type PaymentAccountCode } from './schemas';

/** One line of a wallet's statement: an entry on one of its accounts, with the transaction that explains it. */
export interface StatementRow {
  entryId: bigint;
  transactionUuid: string;
  kind: string;
  referenceType: string;
  referenceId: string;
  description: string | null;
  account: PaymentAccountCode;
  /** Signed: what the entry added to the account. */
  amountMinor: bigint;
  /** The account's balance right after this entry, as the database recorded it when applying it. */
  balanceAfterMinor: bigint;
  createdAt: Date;
}

export interface StatementPage {
  walletUuid: string;
  currency: string;
  rows: StatementRow[];
  hasMore: boolean;
  nextCursor: string | null;
}

export interface StatementWindow {
  limit: number;
  /** The `next_cursor` of the previous page. */
  startingAfter?: string;
  /** One account of the wallet; all of them when omitted. */
  accountCode?: PaymentAccountCode;
}

/**
 * A payment wallet's ledger entries, newest first, by cursor. Another account's wallet (or another
 * wallet for a wallet-level client) answers 404 like a missing one, before any entry is read.
 *
 * Each of the wallet's (at most three) accounts is read by a lateral seek on
 * `ledger_entry_account_idx (account_id, id)` taking at most one page, and the pages are merged:
 * the cost is a few index probes of one page each, however long the history or deep the cursor.
 */
export async function walletStatement(db: DbOrTx, caller: Caller, walletUuid: string, window: StatementWindow): Promise<StatementPage> {
  const found = await getPaymentWallet(db, caller, walletUuid);
  const before = window.startingAfter === undefined ? null : decodeStatementCursor(window.startingAfter);
  const fetch = window.limit + 1; // one more than the page: its presence is has_more, without a count

  const entries = db
    .select({
      id: ledgerEntry.id,
      transactionUuid: ledgerEntry.transactionUuid,
      amountMinor: ledgerEntry.amountMinor,
      balanceAfterMinor: ledgerEntry.balanceAfterMinor,
      createdAt: ledgerEntry.createdAt,
    })
    .from(ledgerEntry)
    .where(and(eq(ledgerEntry.accountId, ledgerAccount.id), before === null ? undefined : lt(ledgerEntry.id, before)))
    .orderBy(desc(ledgerEntry.id))
    .limit(fetch)
    .as('entry');

  const fetched = await db
    .select({
      entryId: entries.id,
      transactionUuid: entries.transactionUuid,
      kind: ledgerTransaction.kind,
      referenceType: ledgerTransaction.referenceType,
      referenceId: ledgerTransaction.referenceId,
      description: ledgerTransaction.description,
      account: sql<PaymentAccountCode>`${ledgerAccount.code}`,
      amountMinor: entries.amountMinor,
      balanceAfterMinor: entries.balanceAfterMinor,
      createdAt: entries.createdAt,
    })
    .from(ledgerAccount)
    .innerJoinLateral(entries, sql`true`)
    .innerJoin(ledgerTransaction, eq(ledgerTransaction.transactionUuid, entries.transactionUuid))
    // Only the payment accounts: a holding's virtual balances and allocation have statements of their own (lib/virtual-wallets).
    .where(and(eq(ledgerAccount.walletUuid, found.walletUuid), window.accountCode ? eq(ledgerAccount.code, window.accountCode) : inArray(ledgerAccount.code, [...PAYMENT_ACCOUNT_CODES])))
    .orderBy(desc(entries.id))
    .limit(fetch);

  const rows = fetched.slice(0, window.limit);
  const hasMore = fetched.length > window.limit;
  const last = rows.at(-1);
  return {
    walletUuid: found.walletUuid,
    currency: found.currency,
    rows,
    hasMore,
    nextCursor: hasMore && last ? encodeStatementCursor(last.entryId) : null,
  };
}
