import PgBoss from 'pg-boss';
import { logger } from '@/lib/logger';
import type { SqlExecutor } from '@/db/sql-executor';

export interface WorkerBossOptions {
  /** How often pg-boss looks for expired jobs (a dead worker's) and maintains its tables. */
  maintenanceIntervalSeconds?: number;
}

/**
 * A started pg-boss that works queues over one of our connections. It supervises (expires jobs of
 * dead workers, archives old ones) and runs cron schedules, but never migrates: the database
 * migrations install the queues.
 */
export async function startWorkerBoss(executor: SqlExecutor, options: WorkerBossOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    db: executor,
    migrate: false,
    supervise: true,
    // Cron schedules (housekeeping); pg-boss makes one job per tick however many workers run.
    schedule: true,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  await boss.start();
  return boss;
}
