import { describe, expect, it } from 'vitest';
import { cursorParamSchema, decodeCursor, encodeCursor } from './keyset';

// Pure: no database.
describe('keyset cursors', () => {
  const position = { createdAt: '2026-12-01T23:18:25.123456Z', id: '0b9f1c9e-2f4e-4d7a-9a51-3c1f6f1d2e8a' };

  it('round-trip a position, microseconds included, as URL-safe text', () => {
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it('refuse anything the platform did not hand out', () => {
    const encode = (value: unknown) => btoa(JSON.stringify(value)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
    for (const bad of [
      '',
      'not a cursor',
      'e30',
      encode({ createdAt: position.createdAt, id: position.id }),
      encode([position.createdAt]),
      encode([position.createdAt, 'not-a-uuid']),
      encode(['2026-12-01T23:18:25Z', position.id]),
      encode(['2026-13-45T99:99:99.000000Z', position.id]),
      encode([1, position.id]),
      `${encodeCursor(position)}!`,
    ]) {
      expect(decodeCursor(bad), bad).toBeNull();
      expect(cursorParamSchema.safeParse(bad).success, bad).toBe(false);
    }
    expect(cursorParamSchema.safeParse(encodeCursor(position)).success).toBe(true);
  });
});
