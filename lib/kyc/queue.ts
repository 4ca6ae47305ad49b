import { and, asc, count, eq, ilike, like, ne, or, sql, type SQL } from 'drizzle-orm';
import { assertOperator, type Operator } from '@/lib/auth/caller';
import type { DbOrTx } from '@/db/client';
import { account, creditWallet, wallet, walletLimit, type CreditWalletType, type PersonType, type WalletStatus } from '@/db/schema';
import { todayInBrazil, type IsoDate } from '@/lib/banking-calendar/plain-date';
import { isUuid } from '@/lib/credit/queries';
import { keyset, type ListPage } from '@/lib/pagination/keyset';
import type { Owner } from '@/lib/persons/schemas';
import { walletErrors } from '@/lib/wallets/errors';
import { runKycChecks, type KycCheck } from './checks';
import { describeDecidedBy } from './decider';
import type { KycQueueQuery } from './schemas';

/**
 * The operators' view of KYC: every account's pending credit wallets, and one wallet's review.
 * Operators are the platform's cross-account actors, so nothing here is scoped to an account, and
 * every function requires an Operator (made only from an admin session).
 */

export interface KycQueueRow {
  walletKey: string;
  entityUuid: string;
  accountName: string;
  ownerName: string | null;
  ownerDocumentNumber: string;
  personType: PersonType;
  walletType: CreditWalletType;
  createdAt: Date;
}

const pendingCredit = and(eq(wallet.kind, 'credit'), eq(wallet.status, 'pending_analysis'))!;
const personType = sql<PersonType>`${creditWallet.ownerSubmission}->>'person_type'`;

// Oldest first, on wallet_kyc_queue_idx (created_at, wallet_uuid) of pending credit wallets.
const queueOrder = keyset({ createdAt: wallet.createdAt, id: wallet.walletUuid }, 'oldest');

/** Pending credit wallets across all accounts, oldest first (the order they have waited), filtered and paged. */
export async function listKycQueue(db: DbOrTx, operator: Operator, query: KycQueueQuery): Promise<ListPage<KycQueueRow>> {
  assertOperator(operator);
  const conditions: SQL[] = [pendingCredit];
  if (query.entity_uuid) conditions.push(eq(wallet.entityUuid, query.entity_uuid));
  if (query.person_type) conditions.push(eq(personType, query.person_type));
  if (query.search) conditions.push(searchCondition(query.search));
  const where = and(...conditions);
  const window = { cursor: query.starting_after, limit: query.page_size, offset: (query.page - 1) * query.page_size };

  const [rows, [total]] = await Promise.all([
    db
      .select({
        ...queueOrder.position,
        walletKey: wallet.walletUuid,
        entityUuid: wallet.entityUuid,
        accountName: account.name,
        ownerName: wallet.name,
        ownerDocumentNumber: creditWallet.ownerDocumentNumber,
        personType,
        walletType: creditWallet.walletType,
        createdAt: wallet.createdAt,
      })
      .from(wallet)
      .innerJoin(creditWallet, eq(creditWallet.walletUuid, wallet.walletUuid))
      .innerJoin(account, eq(account.entityUuid, wallet.entityUuid))
      .where(and(where, queueOrder.seek(window)))
      .orderBy(...queueOrder.orderBy)
      .limit(queueOrder.fetch(window))
      .offset(queueOrder.skip(window)),
    db.select({ value: count() }).from(wallet).innerJoin(creditWallet, eq(creditWallet.walletUuid, wallet.walletUuid)).where(where),
  ]);
  return queueOrder.page(window, rows, total?.value ?? 0);
}

/** How many credit wallets wait for an operator, for the admin overview. */
export async function countPendingKyc(db: DbOrTx, operator: Operator): Promise<number> {
  assertOperator(operator);
  const [total] = await db.select({ value: count() }).from(wallet).where(pendingCredit);
  return total?.value ?? 0;
}

/** Part of the owner's name, or the start of its document as people type it (dots, dashes and slashes ignored). */
function searchCondition(search: string): SQL {
  const byName = ilike(wallet.name, `%${escapeLike(search)}%`);
  const document = search.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return document ? or(byName, like(creditWallet.ownerDocumentNumber, `${escapeLike(document)}%`))! : byName;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

export interface KycReview {
  walletKey: string;
  entityUuid: string;
  accountName: string;
  status: WalletStatus;
  walletType: CreditWalletType;
  createdAt: Date;
  owner: Owner;
  checks: KycCheck[];
  /** Other credit wallets, in any account, already active for this owner's document. */
  duplicates: { walletKey: string; accountName: string }[];
  /** The postpaid credit limit the merchant asked for (minor units of BRL); null for a payroll wallet. */
  requestedLimitMinor: bigint | null;
  /** Set once the wallet was decided; the page then shows the outcome instead of the buttons. */
  decision: { decidedBy: string; decidedAt: Date; reason: string | null } | null;
}

/**
 * One credit wallet's KYC review: the owner as submitted, its account, the automatic checks on
 * `today` (Brasília) and, once decided, the decision. Wallets opened for an already approved person
 * have no submission to review and are not found here.
 */
export async function getKycReview(db: DbOrTx, operator: Operator, walletKey: string, today: IsoDate = todayInBrazil()): Promise<KycReview> {
  assertOperator(operator);
  const [row] = isUuid(walletKey)
    ? await db
        .select({
          walletKey: wallet.walletUuid,
          entityUuid: wallet.entityUuid,
          accountName: account.name,
          status: wallet.status,
          walletType: creditWallet.walletType,
          createdAt: wallet.createdAt,
          documentNumber: creditWallet.ownerDocumentNumber,
          submission: creditWallet.ownerSubmission,
          decidedBy: creditWallet.kycDecidedBy,
          decidedAt: creditWallet.kycDecidedAt,
          reason: creditWallet.kycRejectionReason,
        })
        .from(wallet)
        .innerJoin(creditWallet, eq(creditWallet.walletUuid, wallet.walletUuid))
        .innerJoin(account, eq(account.entityUuid, wallet.entityUuid))
        .where(eq(wallet.walletUuid, walletKey))
    : [];
  if (!row?.submission) throw walletErrors.notFound();

  const duplicates = await db
    .select({ walletKey: wallet.walletUuid, accountName: account.name })
    .from(creditWallet)
    .innerJoin(wallet, eq(wallet.walletUuid, creditWallet.walletUuid))
    .innerJoin(account, eq(account.entityUuid, wallet.entityUuid))
    .where(and(eq(creditWallet.ownerDocumentNumber, row.documentNumber), eq(wallet.status, 'active'), ne(wallet.walletUuid, row.walletKey)))
    .orderBy(asc(wallet.createdAt));
  const [requested] = await db
    .select({ amount: walletLimit.limitAmountMinor })
    .from(walletLimit)
    .where(and(eq(walletLimit.walletUuid, row.walletKey), eq(walletLimit.limitType, 'postpaid_credit_limit')));
  const owner = row.submission as Owner;
  return {
    walletKey: row.walletKey,
    entityUuid: row.entityUuid,
    accountName: row.accountName,
    status: row.status,
    walletType: row.walletType,
    createdAt: row.createdAt,
    owner,
    checks: runKycChecks(owner, { today, activeWalletsWithDocument: duplicates.length }),
    duplicates,
    requestedLimitMinor: requested?.amount ?? null,
    decision:
      row.decidedBy && row.decidedAt
        ? { decidedBy: await describeDecidedBy(db, row.decidedBy), decidedAt: row.decidedAt, reason: row.reason }
        : null,
  };
}
