import { lt } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import type { Db, DbOrTx } from '@/db/client';
import { idempotencyKey } from '@/db/schema';
import { idempotencyPurgeQueue } from '@/lib/platform/queues';

/**
 * Deletes keys past their 24 hours. `claimKey` already treats an expired key as new, so this only
 * reclaims space; it runs every 15 minutes on the `idempotency-purge` queue.
 */
export async function purgeExpiredIdempotencyKeys(db: DbOrTx, now = new Date()): Promise<number> {
  const purged = await db.delete(idempotencyKey).where(lt(idempotencyKey.expiresAt, now)).returning({ key: idempotencyKey.key });
  return purged.length;
}

/** Every 15 minutes, on whichever worker pg-boss hands the tick to. */
export async function registerIdempotencyPurge(boss: PgBoss, db: Db): Promise<void> {
  await boss.schedule(idempotencyPurgeQueue.name, '*/15 * * * *');
  await boss.work(idempotencyPurgeQueue.name, async () => {
    await purgeExpiredIdempotencyKeys(db);
  });
}
