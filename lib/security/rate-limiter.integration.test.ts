import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { testDb } from '@/lib/testing/db';
import { requestLimiter } from './rate-limiter';

describe('requestLimiter (PostgreSQL)', () => {
  it('counts every request of a key and answers how long to wait once the budget is spent', async () => {
    const db = await testDb();
    const limiter = requestLimiter(db, { keyPrefix: `test:${randomUUID()}`, points: 3, durationSeconds: 60 });
    expect(await limiter.consume('203.0.113.7')).toBe(0);
    expect(await limiter.consume('203.0.113.7')).toBe(0);
    expect(await limiter.consume('203.0.113.7')).toBe(0);
    const wait = await limiter.consume('203.0.113.7');
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    // Another address has a budget of its own.
    expect(await limiter.consume('198.51.100.1')).toBe(0);
  });

  it('spends one budget across racing requests', async () => {
    const db = await testDb();
    const limiter = requestLimiter(db, { keyPrefix: `test:${randomUUID()}`, points: 10, durationSeconds: 60 });
    const waits = await Promise.all(Array.from({ length: 25 }, () => limiter.consume('192.0.2.1')));
    expect(waits.filter((wait) => wait === 0)).toHaveLength(10);
  });
});
