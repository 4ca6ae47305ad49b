import type postgres from 'postgres';
import type { Findings } from './findings';
import type { ApiClient } from './http-client';
import { describe } from './http-client';

/**
 * The ledger's invariants recomputed over the whole database in SQL, independently of the app:
 * every transaction has entries and they sum to zero per currency, every account's stored balance
 * equals the sum of its entries, and no account that may not go negative is below zero.
 */
export async function auditWholeLedger(sql: postgres.Sql, findings: Findings): Promise<{ transactions: number; accounts: number }> {
  const [counts] = await sql<{ transactions: string; accounts: string }[]>`
    select (select count(*) from ledger_transaction) as transactions, (select count(*) from ledger_account) as accounts`;
  const unbalanced = await sql`
    select transaction_uuid, currency, sum(amount_minor)::text as sum from ledger_entry
    group by transaction_uuid, currency having sum(amount_minor) <> 0 limit 20`;
  for (const row of unbalanced) findings.fail('an unbalanced ledger transaction', JSON.stringify(row));
  const empty = await sql`
    select t.transaction_uuid, t.kind from ledger_transaction t
    where not exists (select 1 from ledger_entry e where e.transaction_uuid = t.transaction_uuid) limit 20`;
  for (const row of empty) findings.fail('a ledger transaction without entries', JSON.stringify(row));
  const mismatched = await sql`
    select a.id::text, a.code, a.wallet_uuid, a.balance_minor::text as stored, coalesce(s.total, 0)::text as from_entries
    from ledger_account a left join (select account_id, sum(amount_minor) as total from ledger_entry group by account_id) s on s.account_id = a.id
    where a.balance_minor <> coalesce(s.total, 0) limit 20`;
  for (const row of mismatched) findings.fail('a balance that differs from its entries', JSON.stringify(row));
  const negative = await sql`select id::text, code, wallet_uuid, balance_minor::text from ledger_account where not may_go_negative and balance_minor < 0 limit 20`;
  for (const row of negative) findings.fail('an account below zero', JSON.stringify(row));
  return { transactions: Number(counts!.transactions), accounts: Number(counts!.accounts) };
}

/** The app's own recomputation for the client's account (`GET /api/v1/ledger/integrity/`): it must say ok. */
export async function expectIntegrityOk(api: ApiClient, findings: Findings, who: string): Promise<void> {
  const outcome = await api.get('/api/v1/ledger/integrity/');
  const ok = outcome.kind === 'answer' && outcome.status === 200 && outcome.body?.ok === true;
  findings.check(ok, 'the integrity endpoint did not answer ok', () => `${who}: ${describe(outcome)}`);
}
