import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { idempotencyKey } from '@/db/schema';
import { startJobWorkers } from '@/lib/jobs/run-workers';
import { createTestAccount } from '@/lib/testing/factories';
import { testDb } from '@/lib/testing/db';
import { isolatedConnection } from '@/lib/testing/isolated-db';
import { purgeExpiredIdempotencyKeys } from './purge';

const db = await testDb();
// The workers take every job of their database, so they get one of their own.
const workerConnection = await isolatedConnection();

describe('purging idempotency keys', () => {
  it('deletes the keys past their 24 hours and keeps the live ones', async () => {
    const tenant = await createTestAccount(db);
    const now = new Date('2031-01-01T00:00:00Z');
    const row = (key: string, expiresAt: Date) => ({ entityUuid: tenant.account.entityUuid, key, requestHash: 'h', method: 'POST', path: '/x', expiresAt });
    await db.insert(idempotencyKey).values([row('expired', new Date(now.getTime() - 1)), row('live', new Date(now.getTime() + 60_000))]);

    expect(await purgeExpiredIdempotencyKeys(db, now)).toBeGreaterThanOrEqual(1);

    const left = await db.select({ key: idempotencyKey.key }).from(idempotencyKey).where(eq(idempotencyKey.entityUuid, tenant.account.entityUuid));
    expect(left).toEqual([{ key: 'live' }]);
  });

  it('is scheduled every 15 minutes by the job workers', async () => {
    const workers = await startJobWorkers(workerConnection);
    try {
      expect(await workers.boss.getSchedules()).toContainEqual(expect.objectContaining({ name: 'idempotency-purge', cron: '*/15 * * * *' }));
    } finally {
      await workers.stop();
    }
  });
});
