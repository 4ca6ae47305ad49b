import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ledgerAccount, wallet, type WalletAccountCode } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { walletErrors } from '@/lib/wallets/errors';
import { reachableWallets } from '@/lib/wallets/queries';

/** What a payment wallet holds, in minor units: paid-out-able, captured but unsettled, and held for payouts in flight. */
export interface Balances {
  available: bigint;
  pending: bigint;
  reserved: bigint;
}

export interface WalletBalances extends Balances {
  walletUuid: string;
  currency: string;
}

export interface CurrencyBalances extends Balances {
  currency: string;
}

// Accounts are opened lazily by the first posting (lib/ledger/accounts.ts), so a wallet that never
// moved money has none: a missing account reads as zero. `::text` keeps the sums exact whatever
// the driver does with numeric (postgres.js and PGlite differ); BigInt parses the text.
const balanceOf = (code: WalletAccountCode) =>
  sql<bigint>`coalesce(sum(${ledgerAccount.balanceMinor}) filter (where ${ledgerAccount.code} = ${code}), 0)::text`.mapWith(BigInt);

const balanceColumns = { available: balanceOf('available'), pending: balanceOf('pending'), reserved: balanceOf('reserved') };

// Only a wallet's own payment accounts (never a platform one, nor a holding's virtual balances): the join names the wallet and the codes.
const accountsOfWallet = and(eq(ledgerAccount.walletUuid, wallet.walletUuid), inArray(ledgerAccount.code, ['available', 'pending', 'reserved']))!;

/**
 * One payment wallet's balances, in one query. Another account's wallet (or, for a wallet-level
 * client, any other wallet) answers 404 exactly like a missing one.
 */
export async function walletBalances(db: DbOrTx, caller: Caller, walletUuid: string): Promise<WalletBalances> {
  const [found] = await db
    .select({ walletUuid: wallet.walletUuid, currency: wallet.currency, ...balanceColumns })
    .from(wallet)
    .leftJoin(ledgerAccount, accountsOfWallet)
    .where(and(reachableWallets(caller), eq(wallet.walletUuid, walletUuid)))
    .groupBy(wallet.walletUuid);
  if (!found) throw walletErrors.notFound();
  return found;
}

/**
 * The available balance of each wallet of a page the caller already listed (so already scoped), in
 * one query; every uuid asked for is in the map, 0 when it has no account yet.
 */
export async function availableBalances(db: DbOrTx, walletUuids: readonly string[]): Promise<Map<string, bigint>> {
  const balances = new Map<string, bigint>(walletUuids.map((uuid) => [uuid, 0n]));
  if (walletUuids.length === 0) return balances;
  const rows = await db
    .select({ walletUuid: ledgerAccount.walletUuid, balance: ledgerAccount.balanceMinor })
    .from(ledgerAccount)
    .where(and(inArray(ledgerAccount.walletUuid, [...walletUuids]), eq(ledgerAccount.code, 'available')));
  for (const row of rows) if (row.walletUuid) balances.set(row.walletUuid, row.balance);
  return balances;
}

/**
 * The Overview's totals: per currency, the sums of available, pending and reserved over the
 * payment wallets the caller reaches (a currency with wallets but no money yet shows zeros).
 * Never adds two currencies together.
 */
export async function accountBalancesByCurrency(db: DbOrTx, caller: Caller): Promise<CurrencyBalances[]> {
  return db
    .select({ currency: wallet.currency, ...balanceColumns })
    .from(wallet)
    .leftJoin(ledgerAccount, accountsOfWallet)
    .where(reachableWallets(caller))
    .groupBy(wallet.currency)
    .orderBy(wallet.currency);
}
