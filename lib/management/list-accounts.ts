import { and, count, eq, ilike, isNotNull, isNull, getTableColumns, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { account, merchant, user } from '@/db/schema';
import { assertOperator, type Operator } from '@/lib/auth/caller';
import { keyset, type ListPage } from '@/lib/pagination/keyset';
import type { AccountListQuery } from './schemas';
import type { AccountRow } from './target';

/** An account as the operators' list shows it: the row, with how many merchants and members it has. */
export type AccountSummary = AccountRow & { merchantCount: number; memberCount: number };

// Newest first; accounts are few (one per customer), so the list needs no index of its own.
const accountOrder = keyset({ createdAt: account.createdAt, id: account.entityUuid });

/** A page of every account on the platform, the platform's own included, filtered by name and status. */
export async function listAccounts(db: DbOrTx, operator: Operator, query: AccountListQuery): Promise<ListPage<AccountSummary>> {
  assertOperator(operator);
  const conditions: SQL[] = [];
  if (query.name) conditions.push(ilike(account.name, `%${escapeLike(query.name)}%`));
  if (query.status) conditions.push(query.status === 'suspended' ? isNotNull(account.suspendedAt) : isNull(account.suspendedAt));
  const where = and(...conditions);
  const window = { cursor: query.starting_after, limit: query.limit, offset: (query.page - 1) * query.limit };
  const [rows, [totals]] = await Promise.all([
    db
      .select({
        ...getTableColumns(account),
        merchantCount: db.$count(merchant, eq(merchant.entityUuid, account.entityUuid)),
        memberCount: db.$count(user, eq(user.entityUuid, account.entityUuid)),
        ...accountOrder.position,
      })
      .from(account)
      .where(and(where, accountOrder.seek(window)))
      .orderBy(...accountOrder.orderBy)
      .limit(accountOrder.fetch(window))
      .offset(accountOrder.skip(window)),
    db.select({ total: count() }).from(account).where(where),
  ]);
  return accountOrder.page(window, rows, totals?.total ?? 0);
}

/** The name filter is plain text: `%` and `_` match themselves. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
