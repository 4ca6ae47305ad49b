import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ledgerAccount, type PlatformAccountCode, type WalletAccountCode } from '@/db/schema';

/** An account as `post` takes it: which one, and the currency its entries must be in. */
export interface AccountRef {
  id: bigint;
  code: string;
  currency: string;
}

export interface WalletRef {
  walletUuid: string;
  entityUuid: string;
  currency: string;
}

const refColumns = { id: ledgerAccount.id, code: ledgerAccount.code, currency: ledgerAccount.currency };

/**
 * The account `where` names, opened (at zero) by `values` the first time money needs it. Accounts
 * exist after their first posting, so the usual path is the one select; only a missing account
 * costs the insert (which tolerates a racing opener) and a second select.
 */
async function openAccount(db: DbOrTx, where: SQL, values: typeof ledgerAccount.$inferInsert): Promise<AccountRef> {
  const [found] = await db.select(refColumns).from(ledgerAccount).where(where);
  if (found) return found;
  await db.insert(ledgerAccount).values(values).onConflictDoNothing();
  const [opened] = await db.select(refColumns).from(ledgerAccount).where(where);
  return opened!;
}

/** Wallet accounts that run below zero (and never above): what a credit wallet's owner owes, what a holding owes its virtual wallets. */
const OWED_CODES: readonly WalletAccountCode[] = ['late_charges', 'virtual_allocated'];

/**
 * A wallet's account of the given code, opened (at zero) the first time money needs it. Wallet
 * accounts may never go negative: their CHECK is what refuses a refund or payout beyond the funds.
 * `late_charges` and `virtual_allocated` are the exceptions: they are owed, below zero (and never above).
 */
export function walletAccount(db: DbOrTx, wallet: WalletRef, code: WalletAccountCode): Promise<AccountRef> {
  return openAccount(db, and(eq(ledgerAccount.walletUuid, wallet.walletUuid), isNull(ledgerAccount.virtualWalletUuid), eq(ledgerAccount.code, code))!, {
    entityUuid: wallet.entityUuid,
    walletUuid: wallet.walletUuid,
    code,
    currency: wallet.currency,
    mayGoNegative: OWED_CODES.includes(code),
  });
}

export interface VirtualWalletRef extends WalletRef {
  virtualWalletUuid: string;
}

/**
 * A virtual wallet's `virtual_balance` (DESIGN §2.2), under its holding wallet, opened at zero on
 * first use. It may never go negative: its CHECK refuses a transfer out beyond it.
 */
export function virtualBalanceAccount(db: DbOrTx, virtual: VirtualWalletRef): Promise<AccountRef> {
  return openAccount(db, and(eq(ledgerAccount.virtualWalletUuid, virtual.virtualWalletUuid), eq(ledgerAccount.code, 'virtual_balance'))!, {
    entityUuid: virtual.entityUuid,
    walletUuid: virtual.walletUuid,
    virtualWalletUuid: virtual.virtualWalletUuid,
    code: 'virtual_balance',
    currency: virtual.currency,
    mayGoNegative: false,
  });
}

/** The account's platform-side account of a code and currency (receivables, clearing, revenue), opened on first use. */
export function platformAccount(db: DbOrTx, entityUuid: string, code: PlatformAccountCode, currency: string): Promise<AccountRef> {
  return openAccount(
    db,
    and(eq(ledgerAccount.entityUuid, entityUuid), isNull(ledgerAccount.walletUuid), eq(ledgerAccount.code, code), eq(ledgerAccount.currency, currency))!,
    { entityUuid, walletUuid: null, code, currency, mayGoNegative: true },
  );
}
