import { and, count, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { creditWallet, LIMIT_TYPES, wallet, walletLimit, type WalletStatus } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { keyset, type ListPage } from '@/lib/pagination/keyset';
import { creditErrors } from './errors';
import { limitBalances, usedOf } from './limit-ledger';
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

/** A limit as granted, with `used_limit` read from the ledger (lib/credit/limit-ledger.ts). */
export type WalletLimitRow = typeof walletLimit.$inferSelect & { usedLimitMinor: bigint };
/** `ownerSubmission`: the owner data the merchant sent (null for a wallet opened for an existing person). */
export type CreditWalletDetail = CreditWalletRow & { limits: WalletLimitRow[]; ownerSubmission: Record<string, unknown> | null };

/** The credit wallet with this key in the caller's reach, or 404 WLT000001 (unknown or foreign alike). */
export async function findCreditWallet(db: DbOrTx, caller: Caller, walletKey: string): Promise<CreditWalletRow> {
  const [row] = isUuid(walletKey)
    ? await db
        .select(walletColumns)
        .from(creditWallet)
        .innerJoin(wallet, eq(wallet.walletUuid, creditWallet.walletUuid))
        .where(and(ownedBy(creditWallet, caller), eq(creditWallet.walletUuid, walletKey)))
    : [];
  if (!row) throw creditErrors.walletNotFound(walletKey);
  return row;
}

/** Seed 004: the wallet with its invoice configuration and every limit. */
export async function getCreditWallet(db: DbOrTx, caller: Caller, walletKey: string): Promise<CreditWalletDetail> {
  const row = await findCreditWallet(db, caller, walletKey);
  const [granted, balances] = await Promise.all([
    db
      .select()
      .from(walletLimit)
      .where(and(ownedBy(walletLimit, caller), eq(walletLimit.walletUuid, row.walletKey))),
    limitBalances(db, [row.walletKey]),
  ]);
  const limits = granted.map((limit) => ({ ...limit, usedLimitMinor: usedOf(balances, limit) }));
  limits.sort((a, b) => LIMIT_TYPES.indexOf(a.limitType) - LIMIT_TYPES.indexOf(b.limitType));
  const [submitted] = await db
    .select({ ownerSubmission: creditWallet.ownerSubmission })
    .from(creditWallet)
    .where(and(ownedBy(creditWallet, caller), eq(creditWallet.walletUuid, row.walletKey)));
  return { ...row, limits, ownerSubmission: submitted?.ownerSubmission ?? null };
}

// Newest first on credit_wallet_entity_created_idx (entity_uuid, created_at, wallet_uuid) read backwards.
const creditWalletOrder = keyset({ createdAt: creditWallet.createdAt, id: creditWallet.walletUuid });

/** Reference B.3: the account's credit wallets, newest first, filtered, by QI page or `starting_after` cursor. */
export async function listCreditWallets(db: DbOrTx, caller: Caller, query: ListCreditWalletsQuery): Promise<ListPage<CreditWalletRow>> {
  const conditions: SQL[] = [ownedBy(creditWallet, caller)];
  if (query.owner_document_number) conditions.push(eq(creditWallet.ownerDocumentNumber, query.owner_document_number));
  if (query.wallet_status) conditions.push(eq(wallet.status, query.wallet_status));
  const where = and(...conditions);
  const window = { cursor: query.starting_after, limit: query.page_size, offset: (query.page - 1) * query.page_size };

  const [rows, [total]] = await Promise.all([
    db
      .select({ ...walletColumns, ...creditWalletOrder.position })
      .from(creditWallet)
      .innerJoin(wallet, eq(wallet.walletUuid, creditWallet.walletUuid))
      .where(and(where, creditWalletOrder.seek(window)))
      .orderBy(...creditWalletOrder.orderBy)
      .limit(creditWalletOrder.fetch(window))
      .offset(creditWalletOrder.skip(window)),
    db.select({ value: count() }).from(creditWallet).innerJoin(wallet, eq(wallet.walletUuid, creditWallet.walletUuid)).where(where),
  ]);
  return creditWalletOrder.page(window, rows, total?.value ?? 0);
}
