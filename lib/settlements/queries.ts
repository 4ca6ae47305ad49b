import { and, asc, eq, getTableColumns } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { settlement, settlementLine } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { keyset, type ListPage } from '@/lib/pagination/keyset';
import { listTotal } from '@/lib/pagination/total';
import { settlementErrors } from './errors';
import type { SettlementListQuery } from './schemas';

export type SettlementRow = typeof settlement.$inferSelect;
export type SettlementLineRow = typeof settlementLine.$inferSelect;

// Newest first; a day's settlement is created by its first line, so creation order is day order.
const settlementOrder = keyset({ createdAt: settlement.createdAt, id: settlement.settlementUuid });

/** A page of the caller's settlements (one wallet's when asked), newest first. */
export async function listSettlements(db: DbOrTx, caller: Caller, query: SettlementListQuery): Promise<ListPage<SettlementRow>> {
  const where = and(ownedBy(settlement, caller), query.wallet_uuid ? eq(settlement.walletUuid, query.wallet_uuid) : undefined);
  const window = { cursor: query.starting_after, limit: query.limit, offset: (query.page - 1) * query.limit };
  const [rows, total] = await Promise.all([
    db
      .select({ ...getTableColumns(settlement), ...settlementOrder.position })
      .from(settlement)
      .where(and(where, settlementOrder.seek(window)))
      .orderBy(...settlementOrder.orderBy)
      .limit(settlementOrder.fetch(window))
      .offset(settlementOrder.skip(window)),
    listTotal(db, settlement, where),
  ]);
  return settlementOrder.page(window, rows, total);
}

/** One of the caller's settlements with its lines in the order they settled; foreign or missing is 404. */
export async function getSettlement(db: DbOrTx, caller: Caller, settlementUuid: string): Promise<{ settlement: SettlementRow; lines: SettlementLineRow[] }> {
  const [row] = await db
    .select()
    .from(settlement)
    .where(and(ownedBy(settlement, caller), eq(settlement.settlementUuid, settlementUuid)));
  if (!row) throw settlementErrors.notFound();
  const lines = await db.select().from(settlementLine).where(eq(settlementLine.settlementUuid, row.settlementUuid)).orderBy(asc(settlementLine.id));
  return { settlement: row, lines };
}
