import { asc, count, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { account, merchant, user } from '@/db/schema';
import { assertOperator, type Caller, type Operator } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';

export async function getAccount(db: DbOrTx, entityUuid: string) {
  const [row] = await db.select().from(account).where(eq(account.entityUuid, entityUuid));
  return row ?? null;
}

/** The caller's account's merchants, oldest first (the order they were onboarded): a short list that feeds pickers. */
export function listMerchants(db: DbOrTx, caller: Pick<Caller, 'entityUuid' | 'walletUuid'>) {
  return db.select().from(merchant).where(ownedBy(merchant, caller)).orderBy(asc(merchant.createdAt), asc(merchant.merchantUuid));
}

/** Every account on the platform with its merchant and login counts: an operator-only view. */
export async function listAccountsForOperators(db: DbOrTx, operator: Operator) {
  assertOperator(operator);
  const merchants = db
    .select({ entityUuid: merchant.entityUuid, merchants: count().as('merchants') })
    .from(merchant)
    .groupBy(merchant.entityUuid)
    .as('merchants');
  const users = db
    .select({ entityUuid: user.entityUuid, users: count().as('users') })
    .from(user)
    .groupBy(user.entityUuid)
    .as('users');
  return db
    .select({
      entityUuid: account.entityUuid,
      name: account.name,
      createdAt: account.createdAt,
      merchants: merchants.merchants,
      users: users.users,
    })
    .from(account)
    .leftJoin(merchants, eq(merchants.entityUuid, account.entityUuid))
    .leftJoin(users, eq(users.entityUuid, account.entityUuid))
    .orderBy(desc(account.createdAt));
}
