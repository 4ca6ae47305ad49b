import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { wallet } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { walletErrors } from './errors';
import type { WalletListQuery, WalletLookup } from './schemas';
import { offsetPage } from '@/lib/api/offset-page';

/** The payment wallets this caller may see: its account's, or only its own for a wallet-level client. */
export function reachableWallets(caller: Pick<Caller, 'entityUuid' | 'walletUuid'>): SQL {
  return and(
    eq(wallet.entityUuid, caller.entityUuid),
    eq(wallet.kind, 'payment'),
    caller.walletUuid ? eq(wallet.walletUuid, caller.walletUuid) : undefined,
  )!;
}

/** One payment wallet; another account's, another wallet-level client's or a missing one are all 404. */
export async function getPaymentWallet(db: DbOrTx, caller: Caller, walletUuid: string) {
  const [row] = await db
    .select()
    .from(wallet)
    .where(and(reachableWallets(caller), eq(wallet.walletUuid, walletUuid)));
  if (!row) throw walletErrors.notFound();
  return row;
}

/**
 * The A55 lookup by wallet_uuid, email (case-insensitive) or customer_id, optionally narrowed by
 * currency. It answers one wallet; when the criteria fit several (one customer holding BRL and MXN
 * wallets) it says so instead of picking one.
 */
export async function lookupPaymentWallet(db: DbOrTx, caller: Caller, lookup: WalletLookup) {
  const rows = await db
    .select()
    .from(wallet)
    .where(and(reachableWallets(caller), ...filters(lookup)))
    .orderBy(desc(wallet.createdAt), desc(wallet.walletUuid))
    .limit(2);
  if (rows.length === 0) throw walletErrors.notFound();
  if (rows.length > 1) {
    const [counted] = await db
      .select({ matches: count() })
      .from(wallet)
      .where(and(reachableWallets(caller), ...filters(lookup)));
    throw walletErrors.ambiguousLookup(counted!.matches);
  }
  return rows[0]!;
}

/** A page of payment wallets, newest first, in the A55 list shape's terms. */
export async function listPaymentWallets(db: DbOrTx, caller: Caller, query: WalletListQuery) {
  const where = and(reachableWallets(caller), ...filters(query));
  const [rows, [totals]] = await Promise.all([
    db
      .select()
      .from(wallet)
      .where(where)
      // Matches wallet_entity_created_idx read backwards, so the page comes straight off the index.
      .orderBy(desc(wallet.createdAt), desc(wallet.walletUuid))
      .limit(query.limit)
      .offset((query.page - 1) * query.limit),
    db.select({ total: count() }).from(wallet).where(where),
  ]);
  return offsetPage(query, totals?.total ?? 0, rows);
}

function filters(q: Partial<WalletLookup & WalletListQuery>): (SQL | undefined)[] {
  return [
    q.wallet_uuid ? eq(wallet.walletUuid, q.wallet_uuid) : undefined,
    q.email ? eq(sql`lower(${wallet.email})`, q.email.toLowerCase()) : undefined,
    q.customer_id ? eq(wallet.customerId, q.customer_id) : undefined,
    q.currency ? eq(wallet.currency, q.currency) : undefined,
    q.status ? eq(wallet.status, q.status) : undefined,
    q.merchant_uuid ? eq(wallet.merchantUuid, q.merchant_uuid) : undefined,
  ];
}
