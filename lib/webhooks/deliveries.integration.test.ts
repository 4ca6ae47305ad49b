import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvent } from '@/db/schema';
import { testDb } from '@/lib/testing/db';
import { getWebhookDelivery, listWebhookDeliveries, redeliverWebhook } from './deliveries';
import { disableWebhookEndpoint } from './endpoints';
import { deliveryRow, insertAttempt, queuedJobs, seedEndpoint, seedEvent, webhookTenant } from './test-fixtures';
import { a55ListBody } from '@/lib/pagination/keyset';

const db = await testDb();
const firstPage = { page: 1, limit: 10 };

describe('the delivery log', () => {
  it('lists the account’s deliveries newest first with their event type and endpoint URL, filtered', async () => {
    const [tenant, other] = [await webhookTenant(db), await webhookTenant(db)];
    const a = await seedEndpoint(db, tenant, { url: 'https://a.example.test/hooks', events: ['wallet.created', 'wallet.kyc_approved'] });
    const b = await seedEndpoint(db, tenant, { url: 'https://b.example.test/hooks', events: ['wallet.created'] });
    await seedEndpoint(db, other, { events: ['wallet.created'] });
    const created = await seedEvent(db, tenant, 'wallet.created');
    const approved = await seedEvent(db, tenant, 'wallet.kyc_approved');
    await seedEvent(db, other, 'wallet.created');

    const all = await listWebhookDeliveries(db, tenant.caller, firstPage);
    expect(all.total).toBe(3);
    expect(all.rows[0]).toMatchObject({ eventUuid: approved.eventUuid, eventType: 'wallet.kyc_approved', endpointUrl: a.endpoint.url, status: 'pending', attemptCount: 0, replayOf: null });
    expect(all.rows.slice(1).map((r) => r.eventUuid)).toEqual([created.eventUuid, created.eventUuid]);

    const toB = await listWebhookDeliveries(db, tenant.caller, { ...firstPage, endpoint_uuid: b.endpoint.endpointUuid });
    expect(toB.rows.map((r) => [r.endpointUrl, r.eventType])).toEqual([[b.endpoint.url, 'wallet.created']]);
    expect((await listWebhookDeliveries(db, tenant.caller, { ...firstPage, event_type: 'wallet.kyc_approved' })).total).toBe(1);
    expect((await listWebhookDeliveries(db, tenant.caller, { ...firstPage, status: 'succeeded' })).total).toBe(0);
    const paged = await listWebhookDeliveries(db, tenant.caller, { page: 2, limit: 2 });
    expect(a55ListBody({ page: 2, limit: 2 }, paged, (row) => row)).toMatchObject({ total: 3, pages: 2, has_more: false });
    expect(paged.rows).toHaveLength(1);
  });

  it('walks by cursor through deliveries created in one transaction (one created_at), each once, newest first', async () => {
    const tenant = await webhookTenant(db);
    for (let i = 0; i < 3; i++) await seedEndpoint(db, tenant, { url: `https://e${i}.example.test/hooks` });
    await seedEvent(db, tenant);
    await seedEvent(db, tenant);
    const everything = (await listWebhookDeliveries(db, tenant.caller, { page: 1, limit: 100 })).rows.map((r) => r.deliveryUuid);
    expect(everything).toHaveLength(6);

    const walked: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listWebhookDeliveries(db, tenant.caller, { page: 1, limit: 2, starting_after: cursor });
      walked.push(...page.rows.map((r) => r.deliveryUuid));
      await seedEvent(db, tenant); // three newer deliveries each time: never on a later page
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(walked).toEqual(everything);
  });

  it('shows one delivery with its event, the body sent and every attempt in order', async () => {
    const tenant = await webhookTenant(db);
    await seedEndpoint(db, tenant, { format: 'qi' });
    const { eventUuid, walletUuid, deliveries } = await seedEvent(db, tenant, 'wallet.kyc_approved');
    const deliveryUuid = deliveries[0]!.deliveryUuid;
    await insertAttempt(db, deliveryUuid, 2, { status: 200 });
    await insertAttempt(db, deliveryUuid, 1, { status: 503 });

    const shown = await getWebhookDelivery(db, tenant.caller, deliveryUuid);
    expect(shown.event).toMatchObject({ eventUuid, type: 'wallet.kyc_approved', subjectId: walletUuid });
    expect(JSON.parse(shown.body)).toMatchObject({ webhook_type: 'baas.invoice.wallet', data: { wallet_key: walletUuid, wallet_status: 'active' } });
    expect(shown.attempts.map((a) => [a.attemptNumber, a.responseStatus, a.requestHeaders['X-Webhook-Signature']])).toEqual([
      [1, 503, 'sig-1'],
      [2, 200, 'sig-2'],
    ]);
  });

  it('answers another account’s delivery exactly like a missing one', async () => {
    const [tenant, other] = [await webhookTenant(db), await webhookTenant(db)];
    await seedEndpoint(db, other);
    const { deliveries } = await seedEvent(db, other);
    const foreign = deliveries[0]!.deliveryUuid;
    for (const id of [foreign, randomUUID()]) {
      await expect(getWebhookDelivery(db, tenant.caller, id)).rejects.toMatchObject({ status: 404, code: 'errors.webhook_delivery.not_found' });
      await expect(redeliverWebhook(db, tenant.caller, id)).rejects.toMatchObject({ status: 404, code: 'errors.webhook_delivery.not_found' });
    }
    expect(await queuedJobs(db, foreign)).toHaveLength(1);
  });
});

describe('sending a delivery again', () => {
  it('creates a new pending delivery of the same event and body, with its job queued, audited', async () => {
    const tenant = await webhookTenant(db);
    await seedEndpoint(db, tenant);
    const { deliveries } = await seedEvent(db, tenant);
    const original = deliveries[0]!;
    await insertAttempt(db, original.deliveryUuid, 1, { status: 500 });

    const replay = await redeliverWebhook(db, tenant.caller, original.deliveryUuid);
    expect(replay.deliveryUuid).not.toBe(original.deliveryUuid);
    expect(replay).toMatchObject({ eventUuid: original.eventUuid, endpointUuid: original.endpointUuid, replayOf: original.deliveryUuid, attemptCount: 0 });
    const stored = await deliveryRow(db, replay.deliveryUuid);
    expect(stored).toMatchObject({ status: 'pending', body: original.body, entityUuid: tenant.account.entityUuid });
    expect((await queuedJobs(db, replay.deliveryUuid)).map((j) => j.data)).toEqual([{ deliveryUuid: replay.deliveryUuid, attempt: 1 }]);
    // The original keeps its own history.
    expect(await deliveryRow(db, original.deliveryUuid)).toMatchObject({ attemptCount: 1 });

    const [audit] = await db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, 'webhook_delivery.redelivered'), eq(auditEvent.subjectId, replay.deliveryUuid)));
    expect(audit).toMatchObject({ actorId: tenant.caller.id, data: { replay_of: original.deliveryUuid, event_uuid: original.eventUuid } });
  });

  it('refuses with 409 while the endpoint is disabled, and queues nothing', async () => {
    const tenant = await webhookTenant(db);
    const { endpoint } = await seedEndpoint(db, tenant);
    const { deliveries } = await seedEvent(db, tenant);
    await disableWebhookEndpoint(db, tenant.caller, endpoint.endpointUuid);
    await expect(redeliverWebhook(db, tenant.caller, deliveries[0]!.deliveryUuid)).rejects.toMatchObject({
      status: 409,
      code: 'errors.webhook_endpoint.disabled',
    });
    expect((await listWebhookDeliveries(db, tenant.caller, firstPage)).total).toBe(1);
  });
});
