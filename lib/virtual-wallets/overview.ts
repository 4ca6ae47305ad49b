import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ledgerAccount, virtualWallet, type VirtualWalletStatus } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { addDays, todayInBrazil } from '@/lib/banking-calendar';
import { now } from '@/lib/clock';
import {
  heldRatioBps,
  holdingBalances,
  holdingConfiguration,
  payableHeadroom,
  reachableHoldingWallet,
  requiredReserve,
  transferHeadroom,
  type HoldingBalances,
  type HoldingConfiguration,
  type HoldingWallet,
} from './holding';

/** The holding view (DESIGN §2.2): real balance against the sum of virtual balances, and what each limit leaves. */
export interface HoldingOverview {
  wallet: HoldingWallet;
  /** False while the payment wallet has no virtual wallet and no configuration of its own (the defaults apply). */
  isHolding: boolean;
  configuration: HoldingConfiguration;
  balances: HoldingBalances;
  /** `available` over the sum of virtual balances, in basis points; null while they are zero. */
  ratioBps: number | null;
  /** What `available` must keep: the reserve ratio of the virtual balances. */
  requiredReserveMinor: bigint;
  /** What payouts may still take out of `available` (amount and fee together). */
  payableMinor: bigint;
  /** What transfers may still move into virtual wallets (funds not owed to them, plus the leverage ceiling). */
  transferableMinor: bigint;
  /** How far the virtual balances exceed `available` (0 when covered). */
  leverageMinor: bigint;
  virtualWallets: Record<VirtualWalletStatus, number>;
}

/** The holding view of one of the caller's payment wallets (404 like a missing one when it is not the caller's). */
export async function holdingOverview(db: DbOrTx, caller: Caller, walletUuid: string): Promise<HoldingOverview> {
  const holding = await reachableHoldingWallet(db, caller, walletUuid);
  const [{ isHolding, ...configuration }, balances, counts] = await Promise.all([
    holdingConfiguration(db, holding.walletUuid),
    holdingBalances(db, holding.walletUuid),
    db
      .select({ status: virtualWallet.status, n: count() })
      .from(virtualWallet)
      .where(and(ownedBy(virtualWallet, caller), eq(virtualWallet.walletUuid, holding.walletUuid)))
      .groupBy(virtualWallet.status),
  ]);
  const leverage = balances.virtualTotal - balances.available;
  return {
    wallet: holding,
    isHolding,
    configuration,
    balances,
    ratioBps: heldRatioBps(balances),
    requiredReserveMinor: requiredReserve(balances.virtualTotal, configuration.reserveRatioBps),
    payableMinor: payableHeadroom(balances, configuration.reserveRatioBps),
    transferableMinor: transferHeadroom(balances, configuration.leverageCeilingMinor),
    leverageMinor: leverage > 0n ? leverage : 0n,
    virtualWallets: { active: counts.find((c) => c.status === 'active')?.n ?? 0, deactivated: counts.find((c) => c.status === 'deactivated')?.n ?? 0 },
  };
}

/** One day of the holding's history: its balances at the day's end (America/Sao_Paulo). */
export interface HoldingDay {
  /** YYYY-MM-DD. */
  date: string;
  available: bigint;
  virtualTotal: bigint;
  ratioBps: number | null;
}

export const HISTORY_TIME_ZONE = 'America/Sao_Paulo';

/**
 * The holding's real balance and the sum of its virtual balances at the end of each of the last
 * `days` days (today so far included), oldest first: what the holding view's chart draws. Read from
 * the ledger itself (each entry records its account's balance after it), so it is exact for any
 * movement, a charge or a refund included, without a snapshot job. For each of the two accounts a
 * recursive walk goes back one day at a time from the newest entry, each step seeking
 * `ledger_entry (account_id, id)` below the previous one: the cost is the window's entries, not the
 * account's whole history. A day is placed by its transaction's start (`created_at`), in São Paulo.
 */
export async function holdingHistory(db: DbOrTx, caller: Caller, walletUuid: string, days: number): Promise<{ wallet: HoldingWallet; days: HoldingDay[] }> {
  const holding = await reachableHoldingWallet(db, caller, walletUuid);
  const today = todayInBrazil(now());
  const first = addDays(today, -(days - 1));
  const accounts = await db
    .select({ id: ledgerAccount.id, code: ledgerAccount.code })
    .from(ledgerAccount)
    .where(and(eq(ledgerAccount.walletUuid, holding.walletUuid), isNull(ledgerAccount.virtualWalletUuid), inArray(ledgerAccount.code, ['available', 'virtual_allocated'])));
  const idOf = (code: string) => accounts.find((a) => a.code === code)?.id ?? null;
  const [available, allocated] = await Promise.all([endOfDayBalances(db, idOf('available'), first, today), endOfDayBalances(db, idOf('virtual_allocated'), first, today)]);
  const dates = Array.from({ length: days }, (_, i) => addDays(first, i));
  return {
    wallet: holding,
    days: dates.map((date) => {
      const balances = { available: available.get(date) ?? 0n, virtualTotal: -(allocated.get(date) ?? 0n) };
      return { date, ...balances, ratioBps: heldRatioBps(balances) };
    }),
  };
}

/** An account's balance at the end of each day from `first` to `last` (YYYY-MM-DD, São Paulo), by date. */
async function endOfDayBalances(db: DbOrTx, accountId: bigint | null, first: string, last: string): Promise<Map<string, bigint>> {
  if (accountId === null) return new Map();
  const endOf = (day: ReturnType<typeof sql>) => sql`((${day}) + 1)::timestamp at time zone ${HISTORY_TIME_ZONE}`;
  const result = await db.execute(sql`
    with recursive walk(day, entry_id, balance) as (
      select ${last}::date, found.id, coalesce(found.balance_after_minor, 0)
      from (select 1) start
      left join lateral (
        select e.id, e.balance_after_minor from ledger_entry e
        where e.account_id = ${accountId} and e.created_at < ${endOf(sql`${last}::date`)}
        order by e.id desc limit 1
      ) found on true
      union all
      select w.day - 1, found.id, coalesce(found.balance_after_minor, 0)
      from walk w
      left join lateral (
        select e.id, e.balance_after_minor from ledger_entry e
        where e.account_id = ${accountId} and w.entry_id is not null and e.id <= w.entry_id and e.created_at < ${endOf(sql`w.day - 1`)}
        order by e.id desc limit 1
      ) found on true
      where w.day > ${first}::date
    )
    select to_char(day, 'YYYY-MM-DD') as day, balance::text as balance from walk`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { day: string; balance: string }[];
  return new Map(rows.map((row) => [row.day, BigInt(row.balance)]));
}
