import type postgres from 'postgres';

/**
 * Bookkeeping a refused request may write: the answer kept for its Idempotency-Key (replayed, not
 * applied) and the per-address request counts. Everything else must stay as it was.
 */
const BOOKKEEPING = new Set(['idempotency_key', 'rate_limit']);

/** Per table of the app's schema: its row count and a digest of every row, optionally only one account's rows. */
export async function stateChecksum(sql: postgres.Sql, entityUuid?: string): Promise<Map<string, string>> {
  const tables = await sql<{ table_name: string; scoped: boolean }[]>`
    select t.table_name, exists (
      select 1 from information_schema.columns c where c.table_schema = 'public' and c.table_name = t.table_name and c.column_name = 'entity_uuid'
    ) as scoped
    from information_schema.tables t where t.table_schema = 'public' and t.table_type = 'BASE TABLE' order by t.table_name`;
  const sums = new Map<string, string>();
  for (const { table_name: table, scoped } of tables) {
    if (BOOKKEEPING.has(table) || (entityUuid && !scoped)) continue;
    const where = entityUuid ? sql`where t.entity_uuid = ${entityUuid}` : sql``;
    const [row] = await sql<{ n: number; digest: string }[]>`
      select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from ${sql(table)} t ${where}`;
    sums.set(table, `${row!.n} rows, ${row!.digest}`);
  }
  return sums;
}

/** The tables whose rows differ between two checksums, with both sides. */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((table) => before.get(table) !== after.get(table)).map((table) => `${table}: ${before.get(table)} → ${after.get(table)}`);
}
