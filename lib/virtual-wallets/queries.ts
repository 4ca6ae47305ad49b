import { and, count, eq, getTableColumns, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ledgerAccount, virtualWallet, virtualWalletDeposit, type VirtualDepositStatus, type VirtualWalletStatus } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { keyset, type ListPage } from '@/lib/pagination/keyset';
import { virtualWalletErrors } from './errors';
import { reachableHoldingWallet, type HoldingWallet } from './holding';

export type VirtualWalletRow = typeof virtualWallet.$inferSelect;
export type VirtualDepositRow = typeof virtualWalletDeposit.$inferSelect;

/** A virtual wallet as it is read: its row, its holding's currency and its virtual balance. */
export interface VirtualWalletView extends VirtualWalletRow {
  currency: string;
  balanceMinor: bigint;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The balance is the stored balance of the wallet's `virtual_balance` account (none yet: zero).
const balanceColumn = sql<bigint>`coalesce(${ledgerAccount.balanceMinor}, 0)::text`.mapWith(BigInt);
const balanceJoin = and(eq(ledgerAccount.virtualWalletUuid, virtualWallet.virtualWalletUuid), eq(ledgerAccount.code, 'virtual_balance'));

/**
 * One virtual wallet of one of the caller's holdings; another account's, another wallet-level
 * client's, another holding's or a missing one all answer 404 `errors.virtual_wallet.not_found`.
 */
export async function getVirtualWallet(db: DbOrTx, caller: Caller, walletUuid: string, virtualWalletUuid: string): Promise<VirtualWalletView> {
  const holding = await reachableHoldingWallet(db, caller, walletUuid);
  const [row] = UUID.test(virtualWalletUuid)
    ? await db
        .select({ ...getTableColumns(virtualWallet), balanceMinor: balanceColumn })
        .from(virtualWallet)
        .leftJoin(ledgerAccount, balanceJoin)
        .where(and(ownedBy(virtualWallet, caller), eq(virtualWallet.walletUuid, holding.walletUuid), eq(virtualWallet.virtualWalletUuid, virtualWalletUuid)))
    : [];
  if (!row) throw virtualWalletErrors.notFound();
  return { ...row, currency: holding.currency };
}

export interface VirtualWalletListQuery {
  page: number;
  limit: number;
  starting_after?: string;
  status?: VirtualWalletStatus;
  /** Part of the name or the reference, any case. */
  search?: string;
}

// Newest first on virtual_wallet_holding_created_idx (wallet_uuid, created_at, virtual_wallet_uuid).
const listOrder = keyset({ createdAt: virtualWallet.createdAt, id: virtualWallet.virtualWalletUuid });

/** LIKE's own wildcards in a search typed by a person match themselves. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A page of a holding's virtual wallets with their balances, newest first: by A55 `page`/`limit`,
 * or after a `starting_after` cursor; narrowed by status and by a search on name or reference.
 */
export async function listVirtualWallets(db: DbOrTx, caller: Caller, walletUuid: string, query: VirtualWalletListQuery): Promise<{ holding: HoldingWallet; page: ListPage<VirtualWalletView> }> {
  const holding = await reachableHoldingWallet(db, caller, walletUuid);
  const search = query.search?.trim();
  const where = and(
    ownedBy(virtualWallet, caller),
    eq(virtualWallet.walletUuid, holding.walletUuid),
    query.status ? eq(virtualWallet.status, query.status) : undefined,
    search ? or(ilike(virtualWallet.name, containing(search)), ilike(virtualWallet.reference, containing(search))) : undefined,
  );
  const window = { cursor: query.starting_after, limit: query.limit, offset: (query.page - 1) * query.limit };
  const [rows, [totals]] = await Promise.all([
    db
      .select({ ...getTableColumns(virtualWallet), balanceMinor: balanceColumn, ...listOrder.position })
      .from(virtualWallet)
      .leftJoin(ledgerAccount, balanceJoin)
      .where(and(where, listOrder.seek(window)))
      .orderBy(...listOrder.orderBy)
      .limit(listOrder.fetch(window))
      .offset(listOrder.skip(window)),
    db.select({ total: count() }).from(virtualWallet).where(where),
  ]);
  const page = listOrder.page(window, rows, totals?.total ?? 0);
  return { holding, page: { ...page, rows: page.rows.map((row) => ({ ...row, currency: holding.currency })) } };
}

export interface DepositListQuery {
  page: number;
  limit: number;
  starting_after?: string;
  status?: VirtualDepositStatus;
  virtual_wallet_uuid?: string;
}

const depositOrder = keyset({ createdAt: virtualWalletDeposit.createdAt, id: virtualWalletDeposit.depositUuid });

/** Every deposit reported for a holding's virtual wallets, credited and refused, newest first. */
export async function listDeposits(db: DbOrTx, caller: Caller, walletUuid: string, query: DepositListQuery): Promise<ListPage<VirtualDepositRow & { reference: string }>> {
  const holding = await reachableHoldingWallet(db, caller, walletUuid);
  const filters: (SQL | undefined)[] = [
    ownedBy(virtualWalletDeposit, caller),
    eq(virtualWalletDeposit.walletUuid, holding.walletUuid),
    query.status ? eq(virtualWalletDeposit.status, query.status) : undefined,
    query.virtual_wallet_uuid ? eq(virtualWalletDeposit.virtualWalletUuid, query.virtual_wallet_uuid) : undefined,
  ];
  const where = and(...filters);
  const window = { cursor: query.starting_after, limit: query.limit, offset: (query.page - 1) * query.limit };
  const [rows, [totals]] = await Promise.all([
    db
      .select({ ...getTableColumns(virtualWalletDeposit), reference: virtualWallet.reference, ...depositOrder.position })
      .from(virtualWalletDeposit)
      .innerJoin(virtualWallet, eq(virtualWallet.virtualWalletUuid, virtualWalletDeposit.virtualWalletUuid))
      .where(and(where, depositOrder.seek(window)))
      .orderBy(...depositOrder.orderBy)
      .limit(depositOrder.fetch(window))
      .offset(depositOrder.skip(window)),
    db.select({ total: count() }).from(virtualWalletDeposit).where(where),
  ]);
  return depositOrder.page(window, rows, totals?.total ?? 0);
}

/** How many of the account's virtual wallets occupy the product's pool: the active ones (seed 003). */
export async function activeVirtualWallets(db: DbOrTx, entityUuid: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(virtualWallet)
    .where(and(eq(virtualWallet.entityUuid, entityUuid), eq(virtualWallet.status, 'active')));
  return row?.value ?? 0;
}
