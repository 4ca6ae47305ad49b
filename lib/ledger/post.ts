import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ledgerAccount, ledgerEntry, ledgerTransaction } from '@/db/schema';
import { isCheckViolation, isUniqueViolation } from '@/db/unique-violation';
import type { AccountRef } from './accounts';

export interface LedgerLine {
  account: AccountRef;
  /** Signed minor units added to the account's balance. */
  amountMinor: bigint;
}

export interface Posting {
  entityUuid: string;
  /** What moved the money (`card_capture`, `refund`…); with the reference, unique: a movement posts once. */
  kind: string;
  reference: { type: string; id: string };
  description?: string;
  entries: readonly LedgerLine[];
}

/** A non-negative account would have gone below zero: the database refused the whole transaction. */
export class InsufficientBalanceError extends Error {
  override name = 'InsufficientBalanceError';
}

/** The same (kind, reference) was posted before: a retry that must not move the money twice. */
export class DuplicatePostingError extends Error {
  override name = 'DuplicatePostingError';
}

/**
 * The only writer of money (DESIGN §2.1). Posts one balanced transaction inside the caller's own
 * database transaction: it locks the accounts it touches in id order (so two postings never
 * deadlock), records the transaction and its entries, and lets the database apply each entry to
 * its balance. The database holds the invariants (balanced per currency at commit, non-negative
 * accounts, immutable history); the checks here only catch a bug before it reaches it.
 * Runs in a savepoint, so a refusal leaves the caller's transaction usable.
 */
export async function post(db: DbOrTx, posting: Posting): Promise<string> {
  const lines = posting.entries.filter((line) => line.amountMinor !== 0n);
  assertBalanced(posting.kind, lines);
  try {
    return await db.transaction(async (tx) => {
      const ids = [...new Set(lines.map((line) => line.account.id))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      await tx.select({ id: ledgerAccount.id }).from(ledgerAccount).where(inArray(ledgerAccount.id, ids)).orderBy(ledgerAccount.id).for('update');
      const [created] = await tx
        .insert(ledgerTransaction)
        .values({
          entityUuid: posting.entityUuid,
          kind: posting.kind,
          referenceType: posting.reference.type,
          referenceId: posting.reference.id,
          description: posting.description,
        })
        .returning({ transactionUuid: ledgerTransaction.transactionUuid });
      const ordered = [...lines].sort((a, b) => (a.account.id < b.account.id ? -1 : a.account.id > b.account.id ? 1 : 0));
      await tx.insert(ledgerEntry).values(
        ordered.map((line) => ({
          transactionUuid: created!.transactionUuid,
          accountId: line.account.id,
          entityUuid: posting.entityUuid,
          amountMinor: line.amountMinor,
          currency: line.account.currency,
        })),
      );
      return created!.transactionUuid;
    });
  } catch (error) {
    // A holding's `virtual_allocated` above zero would mean virtual balances below zero: the same refusal.
    if (isCheckViolation(error, 'ledger_account_non_negative') || isCheckViolation(error, 'ledger_account_virtual_allocated_owed')) {
      throw new InsufficientBalanceError(`${posting.kind} would overdraw an account`);
    }
    if (isUniqueViolation(error, 'ledger_transaction_reference_unique')) {
      throw new DuplicatePostingError(`${posting.kind} for ${posting.reference.type} ${posting.reference.id} was already posted`);
    }
    throw error;
  }
}

function assertBalanced(kind: string, lines: readonly LedgerLine[]): void {
  if (lines.length < 2) throw new Error(`ledger posting ${kind} needs at least two entries`);
  const totals = new Map<string, bigint>();
  for (const line of lines) totals.set(line.account.currency, (totals.get(line.account.currency) ?? 0n) + line.amountMinor);
  for (const [currency, total] of totals) {
    if (total !== 0n) throw new Error(`ledger posting ${kind} does not balance: ${total} ${currency} left over`);
  }
}
