import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { now } from '@/lib/clock';

/** The whole account (its wallets' and its platform accounts), or one wallet's accounts. */
export type IntegrityScope = { entityUuid: string } | { entityUuid: string; walletUuid: string };

export interface AccountIdentity {
  accountId: bigint;
  code: string;
  walletUuid: string | null;
  currency: string;
}

export interface MismatchedAccount extends AccountIdentity {
  stored: bigint;
  fromEntries: bigint;
}

export interface NegativeAccount extends AccountIdentity {
  balance: bigint;
}

/** A holding whose `virtual_allocated` is not minus the sum of its virtual balances (DESIGN §2.2). */
export interface UnbalancedHolding {
  walletUuid: string;
  currency: string;
  allocated: bigint;
  virtualTotal: bigint;
}

export interface UnbalancedTransaction {
  transactionUuid: string;
  currency: string;
  sum: bigint;
}

export interface IntegrityReport {
  ok: boolean;
  checkedAt: Date;
  accounts: number;
  transactions: number;
  mismatchedAccounts: MismatchedAccount[];
  unbalancedTransactions: UnbalancedTransaction[];
  negativeAccounts: NegativeAccount[];
  unbalancedHoldings: UnbalancedHolding[];
}

/**
 * Recomputes the ledger's invariants (DESIGN §2.1) from its history, independently of the triggers
 * that are supposed to hold them: every account's stored balance against the sum of its entries,
 * every transaction's entries summed per currency, every non-negative account's sign, and every
 * holding wallet's allocation against its virtual wallets' balances (allocated + virtual = 0).
 *
 * One set-based statement, so the whole report reads one snapshot: a posting committing midway
 * cannot show up as a balance that disagrees with its entries. Each account's entries are summed
 * through `ledger_entry_account_idx`; for a wallet, the transactions checked are those that touched
 * its accounts, summed over all their entries (the platform side included).
 */
export async function checkIntegrity(db: DbOrTx, scope: IntegrityScope): Promise<IntegrityReport> {
  const walletUuid = 'walletUuid' in scope ? scope.walletUuid : null;
  const transactions = walletUuid
    ? sql`select distinct e.transaction_uuid from ledger_entry e where e.account_id in (select id from scoped)`
    : sql`select t.transaction_uuid from ledger_transaction t where t.entity_uuid = ${scope.entityUuid}`;

  const result = await db.execute(sql`
    with scoped as (
      select a.id, a.code, a.wallet_uuid, a.currency, a.balance_minor, a.may_go_negative, coalesce(sums.total, 0) as from_entries
      from ledger_account a
      left join lateral (select sum(e.amount_minor) as total from ledger_entry e where e.account_id = a.id) sums on true
      where a.entity_uuid = ${scope.entityUuid} and (${walletUuid}::uuid is null or a.wallet_uuid = ${walletUuid}::uuid)
    ),
    txs as (${transactions}),
    unbalanced as (
      select e.transaction_uuid, e.currency, sum(e.amount_minor) as total
      from ledger_entry e
      where e.transaction_uuid in (select transaction_uuid from txs)
      group by e.transaction_uuid, e.currency
      having sum(e.amount_minor) <> 0
    ),
    holdings as (
      select wallet_uuid, currency,
        coalesce(sum(balance_minor) filter (where code = 'virtual_allocated'), 0) as allocated,
        coalesce(sum(balance_minor) filter (where code = 'virtual_balance'), 0) as virtual_total
      from scoped
      where code in ('virtual_allocated', 'virtual_balance')
      group by wallet_uuid, currency
    )
    select json_build_object(
      'accounts', (select count(*) from scoped),
      'transactions', (select count(*) from txs),
      'mismatched', coalesce((
        select json_agg(json_build_object('accountId', id::text, 'code', code, 'walletUuid', wallet_uuid, 'currency', currency,
          'stored', balance_minor::text, 'fromEntries', from_entries::text) order by id)
        from scoped where balance_minor <> from_entries), '[]'::json),
      'unbalanced', coalesce((
        select json_agg(json_build_object('transactionUuid', transaction_uuid, 'currency', currency, 'sum', total::text)
          order by transaction_uuid, currency)
        from unbalanced), '[]'::json),
      'negative', coalesce((
        select json_agg(json_build_object('accountId', id::text, 'code', code, 'walletUuid', wallet_uuid, 'currency', currency,
          'balance', balance_minor::text) order by id)
        from scoped where not may_go_negative and balance_minor < 0), '[]'::json),
      'holdings', coalesce((
        select json_agg(json_build_object('walletUuid', wallet_uuid, 'currency', currency, 'allocated', allocated::text,
          'virtualTotal', virtual_total::text) order by wallet_uuid)
        from holdings where allocated + virtual_total <> 0), '[]'::json)
    ) as report`);
  return toReport(firstReport(result));
}

// Amounts travel as text inside the JSON (a JSON number would lose digits past 2^53) and become bigints here.
interface RawReport {
  accounts: number;
  transactions: number;
  mismatched: (Omit<MismatchedAccount, 'accountId' | 'stored' | 'fromEntries'> & { accountId: string; stored: string; fromEntries: string })[];
  unbalanced: (Omit<UnbalancedTransaction, 'sum'> & { sum: string })[];
  negative: (Omit<NegativeAccount, 'accountId' | 'balance'> & { accountId: string; balance: string })[];
  holdings?: (Omit<UnbalancedHolding, 'allocated' | 'virtualTotal'> & { allocated: string; virtualTotal: string })[];
}

function toReport(raw: RawReport): IntegrityReport {
  const mismatchedAccounts = raw.mismatched.map((a) => ({ ...a, accountId: BigInt(a.accountId), stored: BigInt(a.stored), fromEntries: BigInt(a.fromEntries) }));
  const unbalancedTransactions = raw.unbalanced.map((t) => ({ ...t, sum: BigInt(t.sum) }));
  const negativeAccounts = raw.negative.map((a) => ({ ...a, accountId: BigInt(a.accountId), balance: BigInt(a.balance) }));
  const unbalancedHoldings = (raw.holdings ?? []).map((h) => ({ ...h, allocated: BigInt(h.allocated), virtualTotal: BigInt(h.virtualTotal) }));
  return {
    ok: mismatchedAccounts.length === 0 && unbalancedTransactions.length === 0 && negativeAccounts.length === 0 && unbalancedHoldings.length === 0,
    checkedAt: now(),
    accounts: Number(raw.accounts),
    transactions: Number(raw.transactions),
    mismatchedAccounts,
    unbalancedTransactions,
    negativeAccounts,
    unbalancedHoldings,
  };
}

// postgres.js answers rows as an array and parses json; PGlite answers `{ rows }`. Either may hand
// the json back as text depending on its type parsers, so both shapes are read.
function firstReport(result: unknown): RawReport {
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { report: RawReport | string }[];
  const report = rows[0]!.report;
  return typeof report === 'string' ? (JSON.parse(report) as RawReport) : report;
}
