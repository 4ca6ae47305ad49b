import type postgres from 'postgres';

export type TableCounts = Map<string, { inserted: number; updated: number }>;

/** Rows inserted and updated per table so far (PostgreSQL's cumulative statistics). */
export async function tableWrites(sql: postgres.Sql): Promise<TableCounts> {
  // The statistics of other backends arrive within a second of their transactions' end.
  await new Promise((resolve) => setTimeout(resolve, 1_200));
  await sql`select pg_stat_clear_snapshot()`;
  const rows = await sql<{ table: string; inserted: string; updated: string }[]>`
    select schemaname || '.' || relname as table, n_tup_ins::text as inserted, n_tup_upd::text as updated from pg_stat_user_tables`;
  return new Map(rows.map((row) => [row.table.replace(/^public\./, ''), { inserted: Number(row.inserted), updated: Number(row.updated) }]));
}

/** What was written between two snapshots, per unit of work (a charge): `charge 1 + 1 upd`, newest-heaviest first. */
export function describeWrites(before: TableCounts, after: TableCounts, units: number): string {
  const lines: [string, number, number][] = [];
  for (const [table, now] of after) {
    const then = before.get(table) ?? { inserted: 0, updated: 0 };
    const inserted = (now.inserted - then.inserted) / units;
    const updated = (now.updated - then.updated) / units;
    if (inserted >= 0.05 || updated >= 0.05) lines.push([table, inserted, updated]);
  }
  return lines
    .sort((a, b) => b[1] + b[2] - (a[1] + a[2]))
    .map(([table, inserted, updated]) => `\`${table}\` ${inserted.toFixed(1)}${updated >= 0.05 ? ` + ${updated.toFixed(1)} upd` : ''}`)
    .join(', ');
}
