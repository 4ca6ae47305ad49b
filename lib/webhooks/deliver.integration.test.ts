import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { auditEvent, webhookDelivery, webhookEndpoint, webhookEvent } from '@/db/schema';
import { startJobWorkers, type JobWorkers } from '@/lib/jobs/run-workers';
import { createTestAccount } from '@/lib/testing/factories';
import { isolatedConnection } from '@/lib/testing/isolated-db';
import { attemptsOf, createTestEndpoint, deliveriesOfEvent, deliveryJobs, eventually, recordTestEvent } from '@/lib/testing/webhook-factories';
import { closedPortUrl, startReceiver, type ReceiverBehaviour } from '@/lib/testing/webhook-receiver';
import { createDelivery, enqueueAttempt } from './outbox';
import type { RetrySchedule } from './retry-schedule';
import { verifyWebhookSignature } from './signature';

const connection = await isolatedConnection();
const { db } = connection;

const running: JobWorkers[] = [];
const receivers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((workers) => workers.stop()));
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
});

const SECOND_EACH: RetrySchedule = { delaysMs: [1000, 1000, 1000, 1000, 1000, 1000] };

async function workers(options: { schedule?: RetrySchedule; timeoutMs?: number; allowPrivateTargets?: boolean; concurrency?: number; stopTimeoutMs?: number } = {}) {
  const { stopTimeoutMs, ...webhooks } = options;
  const started = await startJobWorkers(connection, { stopTimeoutMs, webhooks: { pollingIntervalSeconds: 0.5, allowPrivateTargets: true, ...webhooks } });
  running.push(started);
  return started;
}

async function receiver(behaviour?: ReceiverBehaviour) {
  const started = await startReceiver(behaviour);
  receivers.push(started);
  return started;
}

/** A tenant with one endpoint at `url` and one committed event fanned out to it. */
async function oneDelivery(url: string) {
  const tenant = await createTestAccount(db);
  const { endpoint, secret } = await createTestEndpoint(db, { entityUuid: tenant.account.entityUuid, url });
  const eventUuid = await recordTestEvent(db, tenant.account.entityUuid);
  const [delivery] = await deliveriesOfEvent(db, eventUuid);
  return { tenant, endpoint, secret, eventUuid, delivery: delivery! };
}

async function deliveryNow(deliveryUuid: string) {
  const [row] = await db.select().from(webhookDelivery).where(eq(webhookDelivery.deliveryUuid, deliveryUuid));
  return row!;
}

async function endpointNow(endpointUuid: string) {
  const [row] = await db.select().from(webhookEndpoint).where(eq(webhookEndpoint.endpointUuid, endpointUuid));
  return row!;
}

const settled = (deliveryUuid: string, status: 'succeeded' | 'failed') =>
  eventually(async () => {
    const row = await deliveryNow(deliveryUuid);
    return row.status === status && row;
  });
const attempted = (deliveryUuid: string, count: number) =>
  eventually(async () => {
    const row = await deliveryNow(deliveryUuid);
    return row.attemptCount >= count && row;
  });

describe('webhook delivery worker', () => {
  it('posts the stored body, signed, with the webhook headers, and logs the attempt without secrets', async () => {
    const longAnswer = 'x'.repeat(5000);
    const hooks = await receiver(() => ({ status: 200, body: longAnswer }));
    const { endpoint, secret, eventUuid, delivery } = await oneDelivery(hooks.url);
    await workers();

    const done = await settled(delivery.deliveryUuid, 'succeeded');
    expect(hooks.received).toHaveLength(1);
    const [request] = hooks.received;
    expect(request!.method).toBe('POST');
    expect(request!.body).toBe(delivery.body);
    expect(request!.headers).toMatchObject({
      'content-type': 'application/json',
      'x-webhook-key': endpoint.webhookKey,
      'x-webhook-id': eventUuid,
      'x-webhook-delivery': delivery.deliveryUuid,
    });
    expect(request!.headers['user-agent']).toMatch(/^wallet-platform-webhooks\//);
    const timestamp = request!.headers['x-webhook-timestamp'] as string;
    const signature = request!.headers['x-webhook-signature'] as string;
    expect(verifyWebhookSignature({ secret, timestamp, signature, rawBody: request!.body })).toBe(true);
    expect(verifyWebhookSignature({ secret: 'whsec_wrong', timestamp, signature, rawBody: request!.body })).toBe(false);

    expect(done).toMatchObject({ attemptCount: 1, nextAttemptAt: null });
    expect(done.completedAt).toBeInstanceOf(Date);
    const [attempt, ...more] = await attemptsOf(db, delivery.deliveryUuid);
    expect(more).toEqual([]);
    expect(attempt).toMatchObject({ attemptNumber: 1, requestUrl: hooks.url, responseStatus: 200, error: null, succeeded: true, retryable: false });
    expect(attempt!.responseBodyExcerpt).toBe(longAnswer.slice(0, 2048));
    expect(attempt!.requestHeaders).toMatchObject({ 'X-Webhook-Signature': signature, 'X-Webhook-Timestamp': timestamp, 'X-Webhook-Key': '[redacted]' });
    const logged = JSON.stringify(attempt, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value));
    expect(logged).not.toContain(secret);
    expect(logged).not.toContain(endpoint.webhookKey);
    expect((await endpointNow(endpoint.endpointUuid)).lastSuccessAt).toBeInstanceOf(Date);
  });

  it('retries a failing receiver on the schedule until it recovers, with the same event id and every attempt kept', async () => {
    const hooks = await receiver((_request, index) => (index < 2 ? { status: 503, body: 'down' } : { status: 200, body: 'ok' }));
    const { secret, eventUuid, delivery } = await oneDelivery(hooks.url);
    await workers({ schedule: SECOND_EACH });

    await settled(delivery.deliveryUuid, 'succeeded');
    expect(hooks.received.map((r) => r.headers['x-webhook-id'])).toEqual([eventUuid, eventUuid, eventUuid]);
    expect(hooks.received.map((r) => r.body)).toEqual([delivery.body, delivery.body, delivery.body]);
    for (const r of hooks.received) {
      const { 'x-webhook-timestamp': timestamp, 'x-webhook-signature': signature } = r.headers as Record<string, string>;
      expect(verifyWebhookSignature({ secret, timestamp, signature, rawBody: r.body })).toBe(true);
    }

    const attempts = await attemptsOf(db, delivery.deliveryUuid);
    expect(attempts.map((a) => [a.attemptNumber, a.responseStatus, a.retryable, a.succeeded])).toEqual([
      [1, 503, true, false],
      [2, 503, true, false],
      [3, 200, false, true],
    ]);
    expect(attempts.map((a) => a.requestHeaders['X-Webhook-Signature'])).toEqual(hooks.received.map((r) => r.headers['x-webhook-signature']));
    // Each retry was queued to start a schedule step after the failure before it, and did not start earlier.
    const jobs = await deliveryJobs(db, delivery.deliveryUuid);
    expect(jobs.map((j) => j.attempt)).toEqual([1, 2, 3]);
    for (const n of [1, 2]) {
      const failed = attempts[n - 1]!;
      const due = new Date(failed.startedAt.getTime() + failed.durationMs + 1000);
      expect(jobs[n]!.start_after).toEqual(due);
      expect(attempts[n]!.startedAt.getTime()).toBeGreaterThanOrEqual(due.getTime());
    }
  });

  it('with the default schedule, queues the retry of a first failure one minute out', async () => {
    const hooks = await receiver(() => ({ status: 500, body: 'boom' }));
    const { delivery } = await oneDelivery(hooks.url);
    const before = Date.now();
    await workers();

    const row = await attempted(delivery.deliveryUuid, 1);
    const after = Date.now();
    expect(row.status).toBe('pending');
    const [attempt] = await attemptsOf(db, delivery.deliveryUuid);
    expect(row.nextAttemptAt!.getTime()).toBe(attempt!.startedAt.getTime() + attempt!.durationMs + 60_000);
    expect(row.nextAttemptAt!.getTime()).toBeGreaterThanOrEqual(before + 60_000);
    expect(row.nextAttemptAt!.getTime()).toBeLessThanOrEqual(after + 60_000);
    const jobs = await deliveryJobs(db, delivery.deliveryUuid);
    expect(jobs.map((j) => [j.attempt, j.state])).toEqual([
      [1, 'completed'],
      [2, 'created'],
    ]);
    expect(jobs[1]!.start_after).toEqual(row.nextAttemptAt);
  });

  it('does not retry a 400: the delivery fails at once and the endpoint stays enabled', async () => {
    const hooks = await receiver(() => ({ status: 400, body: '{"error":"bad payload"}' }));
    const { endpoint, delivery } = await oneDelivery(hooks.url);
    await workers({ schedule: SECOND_EACH });

    const done = await settled(delivery.deliveryUuid, 'failed');
    expect(done).toMatchObject({ attemptCount: 1, nextAttemptAt: null });
    const attempts = await attemptsOf(db, delivery.deliveryUuid);
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ responseStatus: 400, responseBodyExcerpt: '{"error":"bad payload"}', retryable: false, succeeded: false });
    expect((await deliveryJobs(db, delivery.deliveryUuid)).map((j) => j.attempt)).toEqual([1]);
    expect((await endpointNow(endpoint.endpointUuid)).status).toBe('enabled');
  });

  it('retries a receiver that never answers, as a timeout', async () => {
    const hooks = await receiver(() => 'hang');
    const { delivery } = await oneDelivery(hooks.url);
    await workers({ timeoutMs: 300 });

    const row = await attempted(delivery.deliveryUuid, 1);
    expect(hooks.received).toHaveLength(1);
    expect(row.status).toBe('pending');
    const [attempt] = await attemptsOf(db, delivery.deliveryUuid);
    expect(attempt).toMatchObject({ responseStatus: null, responseBodyExcerpt: null, error: 'timeout', retryable: true, succeeded: false });
    expect((await deliveryJobs(db, delivery.deliveryUuid)).map((j) => j.attempt)).toEqual([1, 2]);
  });

  it('retries a refused connection', async () => {
    const { delivery } = await oneDelivery(await closedPortUrl());
    await workers();

    const row = await attempted(delivery.deliveryUuid, 1);
    expect(row.status).toBe('pending');
    const [attempt] = await attemptsOf(db, delivery.deliveryUuid);
    expect(attempt).toMatchObject({ responseStatus: null, error: 'connection_refused', retryable: true });
    expect((await deliveryJobs(db, delivery.deliveryUuid)).map((j) => j.attempt)).toEqual([1, 2]);
  });

  it('refuses a private target when private targets are not allowed, without sending or retrying', async () => {
    const hooks = await receiver();
    const { endpoint, delivery } = await oneDelivery(hooks.url);
    await workers({ allowPrivateTargets: false, schedule: SECOND_EACH });

    await settled(delivery.deliveryUuid, 'failed');
    expect(hooks.received).toEqual([]);
    const attempts = await attemptsOf(db, delivery.deliveryUuid);
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ responseStatus: null, error: 'target_refused', retryable: false });
    expect((await endpointNow(endpoint.endpointUuid)).status).toBe('enabled');
  });

  it('disables an endpoint once a delivery has spent its retries with no success since, and sends it nothing more', async () => {
    const hooks = await receiver(() => ({ status: 502, body: 'bad gateway' }));
    const { tenant, endpoint, eventUuid, delivery } = await oneDelivery(hooks.url);
    await workers({ schedule: { delaysMs: [200, 200] } });

    const done = await settled(delivery.deliveryUuid, 'failed');
    expect(done.attemptCount).toBe(3);
    expect((await attemptsOf(db, delivery.deliveryUuid)).map((a) => a.responseStatus)).toEqual([502, 502, 502]);
    expect(await endpointNow(endpoint.endpointUuid)).toMatchObject({ status: 'disabled', disabledReason: 'failing' });
    expect((await endpointNow(endpoint.endpointUuid)).disabledAt).toBeInstanceOf(Date);
    const audits = await db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.subjectId, endpoint.endpointUuid), eq(auditEvent.action, 'webhook_endpoint.disabled')));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorType: 'system', entityUuid: tenant.account.entityUuid, data: { reason: 'failing', delivery_uuid: delivery.deliveryUuid, attempts: 3 } });

    // A delivery still queued for the endpoint when it was disabled fails without being sent.
    const requestsBefore = hooks.received.length;
    const queued = await db.transaction((tx) =>
      createDelivery(tx, { entityUuid: tenant.account.entityUuid, eventUuid, endpointUuid: endpoint.endpointUuid, body: delivery.body }),
    );
    const skipped = await settled(queued, 'failed');
    expect(skipped).toMatchObject({ attemptCount: 0, nextAttemptAt: null });
    expect(await attemptsOf(db, queued)).toEqual([]);
    expect(hooks.received).toHaveLength(requestsBefore);
  });

  it('keeps an endpoint enabled when it accepted another delivery after the failing one was created', async () => {
    let failing = '';
    const hooks = await receiver((request) => (request.headers['x-webhook-delivery'] === failing ? { status: 503 } : { status: 200 }));
    const { tenant, endpoint, delivery } = await oneDelivery(hooks.url);
    failing = delivery.deliveryUuid;
    const [later] = await deliveriesOfEvent(db, await recordTestEvent(db, tenant.account.entityUuid));
    await workers({ schedule: { delaysMs: [200, 200] } });

    await settled(later!.deliveryUuid, 'succeeded');
    expect(await settled(delivery.deliveryUuid, 'failed')).toMatchObject({ attemptCount: 3 });
    expect(await endpointNow(endpoint.endpointUuid)).toMatchObject({ status: 'enabled', disabledReason: null });
  });

  it('sends nothing for a duplicate job of an attempt already made', async () => {
    const hooks = await receiver();
    const { delivery } = await oneDelivery(hooks.url);
    await workers();
    await settled(delivery.deliveryUuid, 'succeeded');

    await enqueueAttempt(db, { deliveryUuid: delivery.deliveryUuid, attempt: 1 }, new Date());
    await eventually(async () => {
      const jobs = await deliveryJobs(db, delivery.deliveryUuid);
      return jobs.length === 2 && jobs.every((job) => job.state === 'completed');
    });
    expect(hooks.received).toHaveLength(1);
    expect(await attemptsOf(db, delivery.deliveryUuid)).toHaveLength(1);
    expect(await deliveryNow(delivery.deliveryUuid)).toMatchObject({ status: 'succeeded', attemptCount: 1 });
  });

  it('delivers every committed event at least once across a worker restart, and never a rolled-back one', async () => {
    // The first two requests never get an answer, so the first worker stops with attempts unfinished
    // however fast or slow the machine is; they time out and are retried.
    const hooks = await receiver((_request, index) => (index < 2 ? 'hang' : { status: 200, body: 'ok' }));
    const tenant = await createTestAccount(db);
    const entity = tenant.account.entityUuid;
    await createTestEndpoint(db, { entityUuid: entity, url: hooks.url });
    const committed: string[] = [];
    for (let i = 0; i < 6; i += 1) committed.push(await recordTestEvent(db, entity));
    let rolledBack = '';
    await expect(
      db.transaction(async (tx) => {
        rolledBack = await recordTestEvent(tx, entity);
        tx.rollback();
      }),
    ).rejects.toThrow();

    const first = await workers({ concurrency: 2, stopTimeoutMs: 1000, timeoutMs: 1500, schedule: SECOND_EACH });
    await eventually(async () => hooks.received.length > 0);
    await first.stop();
    const deliveries = (await Promise.all(committed.map((eventUuid) => deliveriesOfEvent(db, eventUuid)))).flat();
    expect(deliveries).toHaveLength(6);
    const statuses = await Promise.all(deliveries.map(async (d) => (await deliveryNow(d.deliveryUuid)).status));
    expect(statuses.filter((status) => status === 'pending').length).toBeGreaterThan(0);

    await workers({ concurrency: 2, timeoutMs: 1500, schedule: SECOND_EACH });
    for (const delivery of deliveries) await settled(delivery.deliveryUuid, 'succeeded');
    const arrived = new Set(hooks.received.map((r) => r.headers['x-webhook-id']));
    expect([...arrived].sort()).toEqual([...committed].sort());
    expect(arrived.has(rolledBack)).toBe(false);
    expect(await db.select().from(webhookEvent).where(eq(webhookEvent.eventUuid, rolledBack))).toEqual([]);
    expect(await deliveriesOfEvent(db, rolledBack)).toEqual([]);
  });
});
