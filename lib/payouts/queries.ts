import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { payout, payoutStatusChange, wallet, type PayoutStatus } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { isUuid } from '@/lib/credit/queries';
import { payoutErrors } from './errors';
import type { PayoutRow } from './record-change';

export type PayoutTimeline = (typeof payoutStatusChange.$inferSelect)[];

/** One of the caller's payouts (a wallet token sees its wallet's only). */
export async function findPayout(db: DbOrTx, caller: Caller, payoutUuid: string, walletUuid?: string): Promise<PayoutRow> {
  const [row] = isUuid(payoutUuid) && (walletUuid === undefined || isUuid(walletUuid))
    ? await db
        .select()
        .from(payout)
        .where(and(ownedBy(payout, caller), eq(payout.payoutUuid, payoutUuid), walletUuid ? eq(payout.walletUuid, walletUuid) : undefined))
    : [];
  if (!row) throw payoutErrors.notFound();
  return row;
}

export async function payoutTimeline(db: DbOrTx, caller: Caller, payoutUuid: string): Promise<PayoutTimeline> {
  const found = await findPayout(db, caller, payoutUuid);
  return db.select().from(payoutStatusChange).where(eq(payoutStatusChange.payoutUuid, found.payoutUuid)).orderBy(asc(payoutStatusChange.id));
}

export interface PayoutListQuery {
  wallet_uuid?: string;
  page: number;
  limit: number;
  status?: PayoutStatus;
  sort: 'asc' | 'desc';
}

/** Reference A.7's list: page-numbered, filtered by status, sorted by creation. */
export async function listPayouts(db: DbOrTx, caller: Caller, query: PayoutListQuery): Promise<{ rows: PayoutRow[]; total: number }> {
  if (query.wallet_uuid) {
    const [owned] = isUuid(query.wallet_uuid)
      ? await db.select({ walletUuid: wallet.walletUuid }).from(wallet).where(and(ownedBy(wallet, caller), eq(wallet.walletUuid, query.wallet_uuid)))
      : [];
    if (!owned) throw payoutErrors.walletNotFound();
  }
  const conditions: SQL[] = [ownedBy(payout, caller)];
  if (query.wallet_uuid) conditions.push(eq(payout.walletUuid, query.wallet_uuid));
  if (query.status) conditions.push(eq(payout.status, query.status));
  const where = and(...conditions);
  const order = query.sort === 'asc' ? [asc(payout.createdAt), asc(payout.payoutUuid)] : [desc(payout.createdAt), desc(payout.payoutUuid)];
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(payout)
      .where(where)
      .orderBy(...order)
      .limit(query.limit)
      .offset((query.page - 1) * query.limit),
    db.select({ value: count() }).from(payout).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}
