import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Connection } from '@/db/client';
import { isolatedConnection } from '@/lib/testing/isolated-db';
import { enqueue } from './enqueue';
import { installJobQueues } from './install';
import { webhookDeliveryQueue } from '@/lib/webhooks/queues';
import { startWorkerBoss } from './worker-boss';

// The worker takes every job of its queue, so PostgreSQL gets a database of its own.
const pglite = await openDatabase({ pgliteDir: 'memory://' });
await installJobQueues(pglite.jobs);
afterAll(() => pglite.close());
const targets: Record<string, Connection> = { postgres: await isolatedConnection(), pglite };

describe.each(Object.entries(targets))('jobs on %s', (_, connection) => {
  it('exist exactly when the transaction that enqueued them commits, and a worker runs them', async () => {
    const rolledBack = randomUUID();
    const committed = randomUUID();
    await expect(
      connection.db.transaction(async (tx) => {
        await enqueue(tx, webhookDeliveryQueue, { deliveryUuid: rolledBack, attempt: 1 });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await connection.db.transaction((tx) => enqueue(tx, webhookDeliveryQueue, { deliveryUuid: committed, attempt: 1 }));

    const boss = await startWorkerBoss(connection.jobs);
    const seen: string[] = [];
    const done = new Promise<void>((resolve) => {
      void boss.work<{ deliveryUuid: string }>(webhookDeliveryQueue.name, { pollingIntervalSeconds: 0.5 }, async ([job]) => {
        seen.push(job!.data.deliveryUuid);
        if (job!.data.deliveryUuid === committed) resolve();
      });
    });
    await done;
    await boss.stop({ graceful: true, close: false, timeout: 1000 });
    expect(seen).toContain(committed);
    expect(seen).not.toContain(rolledBack);
  });

  it('run pg-boss maintenance, a script with its own BEGIN … COMMIT, beside the app’s own queries', async () => {
    const boss = await startWorkerBoss(connection.jobs);
    const errors: unknown[] = [];
    boss.on('error', (error) => errors.push(error));
    try {
      const [, ...answers] = await Promise.all([boss.maintain(), ...Array.from({ length: 5 }, () => connection.db.execute(sql`select 1 as one`))]);
      expect(answers).toHaveLength(5);
      await boss.maintain();
      expect(errors).toEqual([]);
    } finally {
      await boss.stop({ graceful: true, close: false, timeout: 1000 });
    }
  });
});
