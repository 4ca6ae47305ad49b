import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ledgerAccount, type LimitType, type WalletAccountCode } from '@/db/schema';
import { platformAccount, walletAccount } from '@/lib/ledger/accounts';
import { post } from '@/lib/ledger/post';

/**
 * A credit wallet's limits live in the ledger (DESIGN §2.1): granting a limit moves it from the
 * account's `credit_limits_granted` into a wallet account that spending draws down and that may
 * never go negative. So `used_limit` = limit − balance, and the account's CHECK is what refuses
 * the purchase (or the lower limit) that would take more than is left, however many race.
 */
export const LIMIT_ACCOUNT: Record<LimitType, WalletAccountCode> = {
  postpaid_credit_limit: 'credit_available',
  payroll_withdraw_limit: 'payroll_withdraw_available',
};

/** Credit limits are reais (seed 002). */
const CURRENCY = 'BRL';

export interface LimitOwner {
  entityUuid: string;
  walletUuid: string;
}

/** The wallet account a limit type is granted into, opened on first use. */
export function limitAccount(db: DbOrTx, owner: LimitOwner, limitType: LimitType) {
  return walletAccount(db, { ...owner, currency: CURRENCY }, LIMIT_ACCOUNT[limitType]);
}

/**
 * Moves `deltaMinor` of a limit between the platform's grants and the wallet: positive grants
 * more, negative takes back. Taking back more than is unused fails the whole transaction with
 * InsufficientBalanceError (the wallet account's CHECK).
 */
export async function moveLimit(
  db: DbOrTx,
  owner: LimitOwner,
  limitType: LimitType,
  deltaMinor: bigint,
  movement: { kind: 'credit_limit_granted' | 'credit_limit_changed' | 'credit_limit_revoked'; referenceId?: string; description: string },
): Promise<void> {
  if (deltaMinor === 0n) return;
  const [granted, limit] = await Promise.all([platformAccount(db, owner.entityUuid, 'credit_limits_granted', CURRENCY), limitAccount(db, owner, limitType)]);
  await post(db, {
    entityUuid: owner.entityUuid,
    kind: movement.kind,
    // A change has no natural key of its own (the same limit changes many times): each gets one.
    reference: { type: 'wallet_limit', id: movement.referenceId ?? randomUUID() },
    description: movement.description,
    entries: [
      { account: granted, amountMinor: -deltaMinor },
      { account: limit, amountMinor: deltaMinor },
    ],
  });
}

/** What is left of each limit account of these wallets (0 for one never opened), keyed `${walletUuid}:${code}`. */
export async function limitBalances(db: DbOrTx, walletUuids: readonly string[]): Promise<Map<string, bigint>> {
  const balances = new Map<string, bigint>();
  if (walletUuids.length === 0) return balances;
  const rows = await db
    .select({ walletUuid: ledgerAccount.walletUuid, code: ledgerAccount.code, balance: ledgerAccount.balanceMinor })
    .from(ledgerAccount)
    .where(and(inArray(ledgerAccount.walletUuid, [...walletUuids]), inArray(ledgerAccount.code, Object.values(LIMIT_ACCOUNT))));
  for (const row of rows) balances.set(`${row.walletUuid}:${row.code}`, row.balance);
  return balances;
}

/** `used_limit` of one limit: what was granted less what is left of it. */
export function usedOf(balances: Map<string, bigint>, limit: { walletUuid: string; limitType: LimitType; limitAmountMinor: bigint }): bigint {
  return limit.limitAmountMinor - (balances.get(`${limit.walletUuid}:${LIMIT_ACCOUNT[limit.limitType]}`) ?? 0n);
}

/** What is left of one wallet's limit, read under the caller's transaction. */
export async function remainingLimit(db: DbOrTx, walletUuid: string, limitType: LimitType): Promise<bigint> {
  const [row] = await db
    .select({ balance: ledgerAccount.balanceMinor })
    .from(ledgerAccount)
    .where(and(eq(ledgerAccount.walletUuid, walletUuid), eq(ledgerAccount.code, LIMIT_ACCOUNT[limitType])));
  return row?.balance ?? 0n;
}
