import { describe, expect, it } from 'vitest';
import { startJobWorkers } from '@/lib/jobs/run-workers';
import { isolatedConnection } from '@/lib/testing/isolated-db';
import { settlementQueue } from './queues';

// The workers take every job of their database, so they get one of their own.
const workerConnection = await isolatedConnection();

describe('the settlement run', () => {
  it('is scheduled hourly at a quarter past in Brasília by the job workers, and a tick runs it to completion', async () => {
    const workers = await startJobWorkers(workerConnection);
    try {
      expect(await workers.boss.getSchedules()).toContainEqual(
        expect.objectContaining({ name: settlementQueue.name, cron: '15 * * * *', options: expect.objectContaining({ tz: 'America/Sao_Paulo' }) }),
      );
      const jobId = await workers.boss.send(settlementQueue.name, {});
      await expect
        .poll(async () => (await workers.boss.getJobById(settlementQueue.name, jobId!))?.state, { timeout: 15_000, interval: 250 })
        .toBe('completed');
    } finally {
      await workers.stop();
    }
  });
});
