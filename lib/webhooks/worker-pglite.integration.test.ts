import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { webhookDelivery } from '@/db/schema';
import { installJobQueues } from '@/lib/jobs/install';
import { startJobWorkers } from '@/lib/jobs/run-workers';
import { createTestAccount } from '@/lib/testing/factories';
import { attemptsOf, createTestEndpoint, deliveriesOfEvent, eventually, recordTestEvent } from '@/lib/testing/webhook-factories';
import { startReceiver } from '@/lib/testing/webhook-receiver';
import { verifyWebhookSignature } from './signature';

// `npm run dev` with no DATABASE_URL: one embedded PGlite carries the data, the queue and the worker.
const connection = await openDatabase({ pgliteDir: 'memory://' });
await installJobQueues(connection.jobs);
const receiver = await startReceiver();
afterAll(async () => {
  await receiver.close();
  await connection.close();
});

describe('webhook delivery on embedded PGlite', () => {
  it('delivers a committed event end to end through the pg-boss worker', async () => {
    const { db } = connection;
    const tenant = await createTestAccount(db);
    const { secret } = await createTestEndpoint(db, { entityUuid: tenant.account.entityUuid, url: receiver.url });
    const eventUuid = await recordTestEvent(db, tenant.account.entityUuid);
    const [delivery] = await deliveriesOfEvent(db, eventUuid);

    const workers = await startJobWorkers(connection, { webhooks: { pollingIntervalSeconds: 0.5, allowPrivateTargets: true } });
    try {
      await eventually(async () => {
        const [row] = await db.select().from(webhookDelivery).where(eq(webhookDelivery.deliveryUuid, delivery!.deliveryUuid));
        return row?.status === 'succeeded';
      });
    } finally {
      await workers.stop();
    }

    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    expect(request!.headers['x-webhook-id']).toBe(eventUuid);
    const { 'x-webhook-timestamp': timestamp, 'x-webhook-signature': signature } = request!.headers as Record<string, string>;
    expect(verifyWebhookSignature({ secret, timestamp, signature, rawBody: request!.body })).toBe(true);
    expect(await attemptsOf(db, delivery!.deliveryUuid)).toMatchObject([{ attemptNumber: 1, responseStatus: 200, succeeded: true }]);
  });
});
