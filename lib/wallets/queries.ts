import { and, count, desc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { wallet } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { keyset, type ListPage } from '@/lib/pagination/keyset';
import { walletErrors } from './errors';
import type { WalletListQuery, WalletLookup } from './schemas';

/** The payment wallets this caller may see: its account's, or only its own for a wallet-level client. */
export function reachableWallets(caller: Pick<Caller, 'entityUuid' | 'walletUuid'>): SQL {
  return and(ownedBy(wallet, caller), eq(wallet.kind, 'payment'))!;
}

// Newest first on wallet_entity_created_idx (entity_uuid, created_at, wallet_uuid) read backwards.
const walletOrder = keyset({ createdAt: wallet.createdAt, id: wallet.walletUuid });
const walletColumns = getTableColumns(wallet);

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

export type PaymentWalletRow = typeof wallet.$inferSelect;

/** A page of payment wallets, newest first: by A55 `page`/`limit`, or after a `starting_after` cursor. */
export async function listPaymentWallets(db: DbOrTx, caller: Caller, query: WalletListQuery): Promise<ListPage<PaymentWalletRow>> {
  const where = and(reachableWallets(caller), ...filters(query));
  const window = { cursor: query.starting_after, limit: query.limit, offset: (query.page - 1) * query.limit };
  const [rows, [totals]] = await Promise.all([
    db
      .select({ ...walletColumns, ...walletOrder.position })
      .from(wallet)
      .where(and(where, walletOrder.seek(window)))
      .orderBy(...walletOrder.orderBy)
      .limit(walletOrder.fetch(window))
      .offset(walletOrder.skip(window)),
    db.select({ total: count() }).from(wallet).where(where),
  ]);
  return walletOrder.page(window, rows, totals?.total ?? 0);
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
