import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { creditWallet, LIMIT_TYPES, wallet, walletLimit, type WalletStatus } from '@/db/schema';
import { canReachWallet, type Caller } from '@/lib/auth/caller';
import { creditErrors } from './errors';
import type { ListCreditWalletsQuery } from './query-schemas';

/** True for text PostgreSQL can compare with a uuid column; anything else names no wallet. */
export function isUuid(value: string): boolean {
  return z.uuid().safeParse(value).success;
}

const walletColumns = {
  walletKey: wallet.walletUuid,
  status: wallet.status,
  name: wallet.name,
  requestControlKey: creditWallet.requestControlKey,
  walletType: creditWallet.walletType,
  ownerPersonKey: creditWallet.ownerPersonKey,
  ownerDocumentNumber: creditWallet.ownerDocumentNumber,
  invoiceConfiguration: creditWallet.invoiceConfiguration,
  kycDecidedAt: creditWallet.kycDecidedAt,
  kycRejectionReason: creditWallet.kycRejectionReason,
  createdAt: creditWallet.createdAt,
};

export type CreditWalletRow = {
  walletKey: string;
  status: WalletStatus;
  name: string | null;
  requestControlKey: string;
  walletType: 'default' | 'payroll';
  ownerPersonKey: string | null;
  ownerDocumentNumber: string;
  invoiceConfiguration: Record<string, unknown>;
  /** When KYC decided the wallet, and why for a rejection (the merchant's wallet page shows both). */
  kycDecidedAt: Date | null;
  kycRejectionReason: string | null;
  createdAt: Date;
};

export type WalletLimitRow = typeof walletLimit.$inferSelect;
export type CreditWalletDetail = CreditWalletRow & { limits: WalletLimitRow[] };

/** The credit wallet with this key in the caller's reach, or 404 WLT000001 (unknown or foreign alike). */
export async function findCreditWallet(db: DbOrTx, caller: Caller, walletKey: string): Promise<CreditWalletRow> {
  const [row] =
    isUuid(walletKey) && canReachWallet(caller, walletKey)
      ? await db
          .select(walletColumns)
          .from(creditWallet)
          .innerJoin(wallet, eq(wallet.walletUuid, creditWallet.walletUuid))
          .where(and(eq(creditWallet.walletUuid, walletKey), eq(creditWallet.entityUuid, caller.entityUuid)))
      : [];
  if (!row) throw creditErrors.walletNotFound(walletKey);
  return row;
}

/** Seed 004: the wallet with its invoice configuration and every limit. */
export async function getCreditWallet(db: DbOrTx, caller: Caller, walletKey: string): Promise<CreditWalletDetail> {
  const row = await findCreditWallet(db, caller, walletKey);
  const limits = await db.select().from(walletLimit).where(eq(walletLimit.walletUuid, row.walletKey));
  limits.sort((a, b) => LIMIT_TYPES.indexOf(a.limitType) - LIMIT_TYPES.indexOf(b.limitType));
  return { ...row, limits };
}

/** Reference B.3: the account's credit wallets, newest first, filtered and paged. */
export async function listCreditWallets(db: DbOrTx, caller: Caller, query: ListCreditWalletsQuery) {
  const conditions: SQL[] = [eq(creditWallet.entityUuid, caller.entityUuid)];
  if (caller.walletUuid) conditions.push(eq(creditWallet.walletUuid, caller.walletUuid));
  if (query.owner_document_number) conditions.push(eq(creditWallet.ownerDocumentNumber, query.owner_document_number));
  if (query.wallet_status) conditions.push(eq(wallet.status, query.wallet_status));
  const where = and(...conditions);

  const [rows, [total]] = await Promise.all([
    db
      .select(walletColumns)
      .from(creditWallet)
      .innerJoin(wallet, eq(wallet.walletUuid, creditWallet.walletUuid))
      .where(where)
      .orderBy(desc(creditWallet.createdAt), asc(creditWallet.walletUuid))
      .limit(query.page_size)
      .offset((query.page - 1) * query.page_size),
    db.select({ value: count() }).from(creditWallet).innerJoin(wallet, eq(wallet.walletUuid, creditWallet.walletUuid)).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}
