import { describe, expect, it } from 'vitest';
import { startJobWorkers } from '@/lib/jobs/run-workers';
import { isolatedConnection } from '@/lib/testing/isolated-db';
import { invoiceCyclesQueue } from './queues';

// The workers take every job of their database, so they get one of their own.
const workerConnection = await isolatedConnection();

describe('the daily invoice run', () => {
  it('is scheduled at 00:05 in Brasília by the job workers, and a tick runs it to completion', async () => {
    const workers = await startJobWorkers(workerConnection);
    try {
      expect(await workers.boss.getSchedules()).toContainEqual(
        expect.objectContaining({ name: invoiceCyclesQueue.name, cron: '5 0 * * *', options: expect.objectContaining({ tz: 'America/Sao_Paulo' }) }),
      );
      const jobId = await workers.boss.send(invoiceCyclesQueue.name, {});
      await expect
        .poll(async () => (await workers.boss.getJobById(invoiceCyclesQueue.name, jobId!))?.state, { timeout: 15_000, interval: 250 })
        .toBe('completed');
    } finally {
      await workers.stop();
    }
  });
});
