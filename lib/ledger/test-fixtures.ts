import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ledgerAccount } from '@/db/schema';
import type { AccountRef, WalletRef } from './accounts';
import { post } from './post';

/** Stored balances of some accounts, by id, to compare before and after. */
export async function balancesOf(db: DbOrTx, ...accounts: AccountRef[]): Promise<bigint[]> {
  const rows = await db
    .select({ id: ledgerAccount.id, balance: ledgerAccount.balanceMinor })
    .from(ledgerAccount)
    .where(
      inArray(
        ledgerAccount.id,
        accounts.map((a) => a.id),
      ),
    );
  return accounts.map((a) => rows.find((row) => row.id === a.id)!.balance);
}

/** A one-line move between two accounts of the same currency: `amountMinor` out of `from`, into `to`. */
export function move(db: DbOrTx, wallet: WalletRef, kind: string, from: AccountRef, to: AccountRef, amountMinor: bigint, referenceId: string = randomUUID()) {
  return post(db, {
    entityUuid: wallet.entityUuid,
    kind,
    reference: { type: 'test', id: referenceId },
    entries: [
      { account: from, amountMinor: -amountMinor },
      { account: to, amountMinor },
    ],
  });
}

/**
 * The messages of an error and of every cause behind it: drizzle wraps the driver's error (whose
 * message is PostgreSQL's) in one that quotes the failed query.
 */
export function messagesOf(error: unknown): string {
  const messages: string[] = [];
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    messages.push(String((e as { message?: unknown }).message));
  }
  return messages.join(' <- ');
}

/** The rejection of a promise that must fail, for assertions on its messages. */
export async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return messagesOf(error);
  }
  throw new Error('expected the database to refuse this, and it accepted it');
}
