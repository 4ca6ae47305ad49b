import PgBoss from 'pg-boss';
import type { SqlExecutor } from '@/db/sql-executor';
import { DOMAINS } from '@/lib/domains';

/**
 * Creates or upgrades pg-boss's schema and every domain's queues. Every entry point runs it right
 * after the migrations, so any code that enqueues inside a transaction finds its queue there, even
 * where no worker runs.
 */
export async function installJobQueues(executor: SqlExecutor): Promise<void> {
  const boss = new PgBoss({ db: executor, supervise: false, schedule: false, migrate: true });
  boss.on('error', (error) => {
    throw error;
  });
  await boss.start();
  try {
    for (const { name, options } of DOMAINS.flatMap((domain) => domain.queues.map((worker) => worker.queue))) {
      await boss.createQueue(name, { name, ...options });
      await boss.updateQueue(name, { name, ...options });
    }
  } finally {
    await boss.stop({ graceful: false, close: false });
  }
}
