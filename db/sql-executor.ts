import { sql, type SQL } from 'drizzle-orm';
import type { PGlite } from '@electric-sql/pglite';
import type { Sql } from 'postgres';
import type { DbOrTx } from './types';

/**
 * The one thing pg-boss needs from a database: run a statement and give back its rows. We hand it
 * our own connections instead of letting it open a `pg` pool, so jobs live in the same database
 * as the data (PGlite included) and can be enqueued inside the transaction of the change.
 */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

// pg-boss passes plain objects for jsonb parameters and leaves optional ones undefined; node-postgres
// serializes both implicitly, postgres.js and PGlite want JSON text and null.
function normalize(values: unknown[]): unknown[] {
  return values.map((value) => {
    if (value === undefined) return null;
    if (value !== null && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value)) {
      return JSON.stringify(value);
    }
    return value;
  });
}

/**
 * A postgres.js client. Statements without parameters may be scripts of several commands, some
 * wrapped in their own BEGIN … COMMIT (pg-boss's migrations and maintenance): those run on a
 * reserved connection, since postgres.js kills a pooled connection that opens a transaction
 * outside `sql.begin` (UNSAFE_TRANSACTION), and with it the queries pipelined behind.
 */
export function postgresExecutor(client: Sql): SqlExecutor {
  return {
    async executeSql(text, values) {
      if (values?.length) return { rows: asRows(await client.unsafe(text, normalize(values) as never[])) };
      const reserved = await client.reserve();
      try {
        return { rows: asRows(await reserved.unsafe(text).simple()) };
      } finally {
        reserved.release();
      }
    },
  };
}

function asRows(result: unknown): Record<string, unknown>[] {
  return Array.isArray(result) ? (result as Record<string, unknown>[]) : [];
}

/** An embedded PGlite; `exec` speaks the simple protocol that multi-command scripts need. */
export function pgliteExecutor(client: PGlite): SqlExecutor {
  return {
    async executeSql(text, values) {
      if (values?.length) return client.query<Record<string, unknown>>(text, normalize(values));
      const results = await client.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
    },
  };
}

// pg-boss numbers its parameters $1…$n; drizzle binds values where they appear in a template.
function toDrizzleSql(text: string, values: unknown[]): SQL {
  const chunks: SQL[] = [];
  let cursor = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) {
    chunks.push(sql.raw(text.slice(cursor, match.index)));
    chunks.push(sql`${values[Number(match[1]) - 1]}`);
    cursor = match.index + match[0].length;
  }
  chunks.push(sql.raw(text.slice(cursor)));
  return sql.join(chunks);
}

/** A drizzle handle or transaction, so a job is inserted atomically with the change that caused it. */
export function drizzleExecutor(db: DbOrTx): SqlExecutor {
  return {
    async executeSql(text, values = []) {
      const result = (await db.execute(toDrizzleSql(text, normalize(values)))) as unknown;
      const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
      return { rows: rows as Record<string, unknown>[] };
    },
  };
}
