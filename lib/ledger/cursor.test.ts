import { describe, expect, it } from 'vitest';
import { encodeCursor } from '@/lib/pagination/keyset';
import { decodeStatementCursor, encodeStatementCursor, statementCursorSchema } from './cursor';

// Pure: no database.
describe('statement cursors', () => {
  it('round-trip an entry id, up to bigserial’s ceiling, as URL-safe text', () => {
    for (const id of [1n, 1024n, 9223372036854775807n]) {
      const cursor = encodeStatementCursor(id);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeStatementCursor(cursor)).toBe(id);
      expect(statementCursorSchema.safeParse(cursor).success).toBe(true);
    }
  });

  it('refuse anything the statement did not hand out, another list’s cursor included', () => {
    const encode = (text: string) => btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
    for (const bad of [
      '',
      'not a cursor',
      encode('ledger_entry:'),
      encode('ledger_entry:0'),
      encode('ledger_entry:-1'),
      encode('ledger_entry:01'),
      encode('ledger_entry:1.5'),
      encode('ledger_entry:9223372036854775808'),
      encode('ledger_entry:99999999999999999999'),
      encode('other:1'),
      encodeCursor({ createdAt: '2026-12-01T23:18:25.123456Z', id: '0b9f1c9e-2f4e-4d7a-9a51-3c1f6f1d2e8a' }),
      `${encodeStatementCursor(5n)}!`,
    ]) {
      expect(decodeStatementCursor(bad), bad).toBeNull();
      expect(statementCursorSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});
