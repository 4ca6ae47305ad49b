import { desc, asc, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';

/**
 * Keyset pagination for every list: rows are ordered by (created_at, id) and a page starts after
 * the last row of the previous one, so a deep page costs what the first does and rows inserted
 * between pages neither repeat nor shift anything. The cursor is opaque to clients: base64url of
 * the last row's exact created_at (microseconds, as PostgreSQL keeps it; a JS Date would drop
 * them and skip or repeat rows created in the same millisecond) and its id (a uuid, or the number
 * of a table numbered by a sequence, such as the audit trail).
 *
 * Offset pages (A55 `page`/`limit`, QI `page`/`page_size`) walk the same order for compatibility;
 * a cursor, when given, wins over the page number.
 */

export interface KeysetPosition {
  createdAt: string;
  id: string;
}

/** What a list service answers: one page of rows, the filtered total, and where the next page starts. */
export interface ListPage<T> {
  rows: T[];
  total: number;
  hasMore: boolean;
  nextCursor: string | null;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEQUENCE_NUMBER = /^\d{1,19}$/;
const ID_SHAPES = { uuid: UUID, bigint: SEQUENCE_NUMBER } as const;
export type KeysetId = keyof typeof ID_SHAPES;
const BASE64URL = /^[A-Za-z0-9_-]{1,256}$/;

// btoa/atob rather than Buffer: the list query schemas are also parsed in the browser.
export function encodeCursor(position: KeysetPosition): string {
  return btoa(JSON.stringify([position.createdAt, position.id])).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The position a cursor names, or null for anything this platform did not hand out (or, given `idType`, another kind of list did). */
export function decodeCursor(cursor: string, idType?: KeysetId): KeysetPosition | null {
  if (!BASE64URL.test(cursor)) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(atob(cursor.replaceAll('-', '+').replaceAll('_', '/')));
  } catch {
    return null;
  }
  if (!Array.isArray(decoded) || decoded.length !== 2) return null;
  const [createdAt, id] = decoded as unknown[];
  if (typeof createdAt !== 'string' || !TIMESTAMP.test(createdAt) || Number.isNaN(Date.parse(createdAt))) return null;
  if (typeof id !== 'string' || !(idType ? ID_SHAPES[idType].test(id) : UUID.test(id) || SEQUENCE_NUMBER.test(id))) return null;
  return { createdAt, id };
}

/** The `starting_after` query parameter: a malformed cursor fails validation (a 400 in the route's dialect). */
export const cursorParamSchema = z
  .string()
  .refine((cursor) => decodeCursor(cursor) !== null, 'Not a cursor this list returned (use next_cursor as given)')
  .meta({ description: 'Opaque cursor: the `next_cursor` of the previous page. When given, the page number is ignored.' });

/** Newest first (every merchant list) or oldest first (the KYC queue, in the order wallets waited). */
export type KeysetOrder = 'newest' | 'oldest';

/** The position column a list selects beside its own, named so it cannot clash with a row field. */
const POSITION = '__keyset_position';

export interface KeysetWindow {
  cursor?: string;
  limit: number;
  /** The offset of the A55/QI page number; ignored when a cursor is given. */
  offset: number;
}

/**
 * The ordering, seek predicate and page shaping of one list over its (created_at, id) columns.
 * Select `position` beside the row's columns, filter with `seek(window)`, order by `orderBy`, read
 * `fetch(window)` rows from `skip(window)`, and hand the rows to `page`.
 */
export function keyset(columns: { createdAt: AnyPgColumn; id: AnyPgColumn }, order: KeysetOrder = 'newest', idType: KeysetId = 'uuid') {
  const direction = order === 'newest' ? desc : asc;
  return {
    position: {
      [POSITION]: sql<string>`to_char(${columns.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || ' ' || ${columns.id}::text`,
    },
    orderBy: [direction(columns.createdAt), direction(columns.id)] as SQL[],
    /** Rows strictly beyond the cursor in the list's order; undefined on an offset page. */
    seek(window: KeysetWindow): SQL | undefined {
      // Another kind of list's cursor (a uuid where numbers are kept, or the reverse) starts from the top.
      const after = window.cursor === undefined ? null : decodeCursor(window.cursor, idType);
      if (!after) return undefined;
      const bound = idType === 'uuid' ? sql`(${after.createdAt}::timestamptz, ${after.id}::uuid)` : sql`(${after.createdAt}::timestamptz, ${after.id}::bigint)`;
      return order === 'newest'
        ? sql`(${columns.createdAt}, ${columns.id}) < ${bound}`
        : sql`(${columns.createdAt}, ${columns.id}) > ${bound}`;
    },
    /** One row more than the page holds: its presence is `has_more`, without a count. */
    fetch: (window: KeysetWindow) => window.limit + 1,
    skip: (window: KeysetWindow) => (window.cursor === undefined ? window.offset : 0),
    page<T extends Record<typeof POSITION, string>>(window: KeysetWindow, fetched: T[], total: number): ListPage<Omit<T, typeof POSITION>> {
      const hasMore = fetched.length > window.limit;
      const shown = fetched.slice(0, window.limit);
      const last = shown.at(-1);
      const rows = shown.map(({ [POSITION]: _position, ...row }) => row);
      return {
        rows,
        total,
        hasMore,
        nextCursor: hasMore && last ? cursorAt(last[POSITION]) : null,
      };
    },
  };
}

/** The cursor of a row's selected position, `<created_at> <id>`. */
function cursorAt(position: string): string {
  const [createdAt = '', id = ''] = position.split(' ');
  return encodeCursor({ createdAt, id });
}

/** The cursor fields every list answer carries beside its family's own page fields. */
export const keysetPageFields = {
  has_more: z.boolean().meta({ description: 'Whether rows follow this page' }),
  next_cursor: z
    .string()
    .nullable()
    .meta({ description: 'Pass as `starting_after` for the next page; null on the last page' }),
};

/** The schema of an A55 list answer `{page, limit, total, pages, has_more, next_cursor, data}` of `item`s. */
export function a55ListSchema<T extends z.ZodType>(item: T) {
  return z.object({
    page: z.number().int(),
    limit: z.number().int(),
    total: z.number().int(),
    pages: z.number().int(),
    ...keysetPageFields,
    data: z.array(item),
  });
}

/** The A55 list answer `{page, limit, total, pages, has_more, next_cursor, data}`. */
export function a55ListBody<T, Item>(query: { page: number; limit: number }, page: ListPage<T>, item: (row: T) => Item) {
  return {
    page: query.page,
    limit: query.limit,
    total: page.total,
    pages: Math.ceil(page.total / query.limit),
    has_more: page.hasMore,
    next_cursor: page.nextCursor,
    data: page.rows.map(item),
  };
}

export const qiPaginationSchema = z.object({
  page: z.number().int(),
  page_size: z.number().int(),
  total: z.number().int(),
  total_pages: z.number().int(),
  ...keysetPageFields,
});

/** The QI `pagination` block `{page, page_size, total, total_pages, has_more, next_cursor}`. */
export function qiPagination(query: { page: number; page_size: number }, page: ListPage<unknown>) {
  return {
    page: query.page,
    page_size: query.page_size,
    total: page.total,
    total_pages: Math.ceil(page.total / query.page_size),
    has_more: page.hasMore,
    next_cursor: page.nextCursor,
  };
}
