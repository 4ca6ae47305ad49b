import { and, asc, eq, getTableColumns, gt } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { settlement, settlementLine, wallet } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { keyset, type ListPage } from '@/lib/pagination/keyset';
import { listTotal } from '@/lib/pagination/total';

/**
 * The merchant dashboard's reads of settlements: read-only, every one scoped with `ownedBy`, so
 * another account's settlement is simply not found. Kept apart from the API's queries (./queries.ts)
 * because the pages want the wallet's name beside each row and the CSV pages lines by id. They
 * depend on the committed schema only.
 */

export type DashboardSettlement = typeof settlement.$inferSelect & { walletName: string | null; walletCustomerId: string | null };
export type DashboardSettlementLine = typeof settlementLine.$inferSelect;

// A day's settlement is created by its first line, so creation order is day order: newest first.
const order = keyset({ createdAt: settlement.createdAt, id: settlement.settlementUuid });
const withWallet = { ...getTableColumns(settlement), walletName: wallet.name, walletCustomerId: wallet.customerId };

export interface SettlementDaysQuery {
  walletUuid?: string;
  startingAfter?: string;
  limit: number;
}

/** A page of the caller's settlements (one wallet's when asked), newest day first. */
export async function listSettlementDays(db: DbOrTx, caller: Caller, query: SettlementDaysQuery): Promise<ListPage<DashboardSettlement>> {
  const where = and(ownedBy(settlement, caller), query.walletUuid ? eq(settlement.walletUuid, query.walletUuid) : undefined);
  const window = { cursor: query.startingAfter, limit: query.limit, offset: 0 };
  const [rows, total] = await Promise.all([
    db
      .select({ ...withWallet, ...order.position })
      .from(settlement)
      .innerJoin(wallet, eq(wallet.walletUuid, settlement.walletUuid))
      .where(and(where, order.seek(window)))
      .orderBy(...order.orderBy)
      .limit(order.fetch(window)),
    listTotal(db, settlement, where),
  ]);
  return order.page(window, rows, total);
}

/** One of the caller's settlements with its wallet's name; null when missing or another account's (the page's 404 alike). */
export async function findSettlementDay(db: DbOrTx, caller: Caller, settlementUuid: string): Promise<DashboardSettlement | null> {
  const [row] = await db
    .select(withWallet)
    .from(settlement)
    .innerJoin(wallet, eq(wallet.walletUuid, settlement.walletUuid))
    .where(and(ownedBy(settlement, caller), eq(settlement.settlementUuid, settlementUuid)));
  return row ?? null;
}

/**
 * Lines of one of the caller's settlements in the order they settled, `limit` at a time after line
 * `afterId` (a busy day holds thousands: the CSV streams them page by page). The settlement is
 * checked by its caller first, and every line is scoped too.
 */
export async function settlementDayLines(
  db: DbOrTx,
  caller: Caller,
  settlementUuid: string,
  page: { afterId?: bigint; limit: number },
): Promise<DashboardSettlementLine[]> {
  return db
    .select()
    .from(settlementLine)
    .where(and(ownedBy(settlementLine, caller), eq(settlementLine.settlementUuid, settlementUuid), page.afterId === undefined ? undefined : gt(settlementLine.id, page.afterId)))
    .orderBy(asc(settlementLine.id))
    .limit(page.limit);
}
