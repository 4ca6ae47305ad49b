import { z } from 'zod';

/**
 * The statement's cursor: the last entry shown. Other lists seek on (created_at, uuid) with
 * lib/pagination/keyset.ts; a statement walks `ledger_entry (account_id, id)` instead, because the
 * entry id is the order in which the database applied entries to a balance (`balance_after` reads
 * in that order) while created_at is each transaction's start and may run out of that order.
 * Opaque to clients all the same: base64url, like the keyset cursors, and browser-safe (btoa/atob).
 */
const PREFIX = 'ledger_entry:';
const BASE64URL = /^[A-Za-z0-9_-]{1,64}$/;
const ENTRY_ID = /^[1-9]\d{0,18}$/;
const MAX_ENTRY_ID = 9223372036854775807n; // bigserial's ceiling

export function encodeStatementCursor(entryId: bigint): string {
  return btoa(`${PREFIX}${entryId}`).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The entry id a cursor names, or null for anything this platform did not hand out. */
export function decodeStatementCursor(cursor: string): bigint | null {
  if (!BASE64URL.test(cursor)) return null;
  let decoded: string;
  try {
    decoded = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    return null;
  }
  if (!decoded.startsWith(PREFIX)) return null;
  const digits = decoded.slice(PREFIX.length);
  if (!ENTRY_ID.test(digits)) return null;
  const id = BigInt(digits);
  return id <= MAX_ENTRY_ID ? id : null;
}

/** The statement's `starting_after`: a malformed cursor fails validation (a 400), never a 500. */
export const statementCursorSchema = z
  .string()
  .refine((cursor) => decodeStatementCursor(cursor) !== null, 'Not a cursor this statement returned (use next_cursor as given)')
  .meta({ description: 'Opaque cursor: the `next_cursor` of the previous page' });
