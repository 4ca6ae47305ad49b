import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { logger } from '@/lib/logger';

export const healthSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    database: z.enum(['up', 'down']),
  })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof healthSchema>;

/** Whether the database answers a trivial query: the whole of what this service needs to work. */
export async function checkHealth(): Promise<Health> {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return { status: 'ok', database: 'up' };
  } catch (error) {
    logger.warn({ err: error }, 'health check: the database is unreachable');
    return { status: 'unavailable', database: 'down' };
  }
}
