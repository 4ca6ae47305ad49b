import PgBoss from 'pg-boss';
import { QUEUE_OPTIONS } from './queues';
import type { SqlExecutor } from '@/db/sql-executor';

/**
 * Creates or upgrades pg-boss's schema and our queues. Runs with the database migrations, so any
 * code that enqueues inside a transaction finds its queue there, even where no worker runs.
 */
export async function installJobQueues(executor: SqlExecutor): Promise<void> {
  const boss = new PgBoss({ db: executor, supervise: false, schedule: false, migrate: true });
  boss.on('error', (error) => {
    throw error;
  });
  await boss.start();
  try {
    for (const [name, options] of Object.entries(QUEUE_OPTIONS)) {
      await boss.createQueue(name, { name, ...options });
      await boss.updateQueue(name, { name, ...options });
    }
  } finally {
    await boss.stop({ graceful: false, close: false });
  }
}
