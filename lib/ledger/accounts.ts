import { and, eq, isNull } from 'drizzle-orm';
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

/**
 * A wallet's account of the given code, opened (at zero) the first time money needs it. Wallet
 * accounts may never go negative: their CHECK is what refuses a refund or payout beyond the funds.
 */
export async function walletAccount(db: DbOrTx, wallet: WalletRef, code: WalletAccountCode): Promise<AccountRef> {
  await db
    .insert(ledgerAccount)
    .values({ entityUuid: wallet.entityUuid, walletUuid: wallet.walletUuid, code, currency: wallet.currency, mayGoNegative: false })
    .onConflictDoNothing();
  const [found] = await db
    .select({ id: ledgerAccount.id, code: ledgerAccount.code, currency: ledgerAccount.currency })
    .from(ledgerAccount)
    .where(and(eq(ledgerAccount.walletUuid, wallet.walletUuid), eq(ledgerAccount.code, code)));
  return found!;
}

/** The account's platform-side account of a code and currency (receivables, clearing, revenue), opened on first use. */
export async function platformAccount(db: DbOrTx, entityUuid: string, code: PlatformAccountCode, currency: string): Promise<AccountRef> {
  await db.insert(ledgerAccount).values({ entityUuid, walletUuid: null, code, currency, mayGoNegative: true }).onConflictDoNothing();
  const [found] = await db
    .select({ id: ledgerAccount.id, code: ledgerAccount.code, currency: ledgerAccount.currency })
    .from(ledgerAccount)
    .where(and(eq(ledgerAccount.entityUuid, entityUuid), isNull(ledgerAccount.walletUuid), eq(ledgerAccount.code, code), eq(ledgerAccount.currency, currency)));
  return found!;
}
