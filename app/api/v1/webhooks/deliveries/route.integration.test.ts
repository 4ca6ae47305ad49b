import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { callRoute } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { disableWebhookEndpoint } from '@/lib/webhooks/endpoints';
import { deliveryRow, insertAttempt, queuedJobs, seedEndpoint, seedEvent, webhookTenant } from '@/lib/webhooks/test-fixtures';
import { POST as redeliver } from './[delivery_uuid]/redeliver/route';
import { GET as getOne } from './[delivery_uuid]/route';
import { GET as list } from './route';

const db = await testDb();
const at = (deliveryUuid: string) => ({ params: { delivery_uuid: deliveryUuid }, path: `/api/v1/webhooks/deliveries/${deliveryUuid}/` });

describe('/api/v1/webhooks/deliveries', () => {
  it('lists deliveries with filters and shows one with its event, body and attempts', async () => {
    const tenant = await webhookTenant(db);
    const { endpoint } = await seedEndpoint(db, tenant);
    const { eventUuid, deliveries } = await seedEvent(db, tenant, 'wallet.kyc_approved');
    await seedEvent(db, tenant, 'wallet.created');
    const deliveryUuid = deliveries[0]!.deliveryUuid;
    await insertAttempt(db, deliveryUuid, 1, { status: null, error: 'timeout' });
    await insertAttempt(db, deliveryUuid, 2, { status: 204 });

    const all = await callRoute(list, { path: '/api/v1/webhooks/deliveries/', token: tenant.token });
    expect(all.body).toMatchObject({ page: 1, limit: 10, total: 2, pages: 1 });
    const filtered = await callRoute(list, { path: '/api/v1/webhooks/deliveries?event_type=wallet.kyc_approved&status=succeeded', token: tenant.token });
    expect(filtered.body.data).toEqual([
      expect.objectContaining({ delivery_uuid: deliveryUuid, event_uuid: eventUuid, event_type: 'wallet.kyc_approved', endpoint_url: endpoint.url, status: 'succeeded', attempt_count: 2 }),
    ]);
    const bad = await callRoute(list, { path: '/api/v1/webhooks/deliveries?status=lost&limit=1000', token: tenant.token });
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['limit', 'status']);

    const shown = await callRoute(getOne, { ...at(deliveryUuid), token: tenant.token });
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ delivery_uuid: deliveryUuid, event: { event_uuid: eventUuid, type: 'wallet.kyc_approved' } });
    expect(JSON.parse(shown.body.body)).toMatchObject({ operation: 'WALLET', sub_operation: 'KYC_APPROVED', operation_id: eventUuid });
    expect(shown.body.attempts).toEqual([
      expect.objectContaining({ attempt_number: 1, response_status: null, error: 'timeout', succeeded: false }),
      expect.objectContaining({ attempt_number: 2, response_status: 204, succeeded: true, duration_ms: 24, request_headers: expect.objectContaining({ 'X-Webhook-Signature': 'sig-2' }) }),
    ]);
  });

  it('sends a delivery again: 202, a new pending delivery of the same event with its job queued', async () => {
    const tenant = await webhookTenant(db);
    await seedEndpoint(db, tenant);
    const original = (await seedEvent(db, tenant)).deliveries[0]!;
    const res = await callRoute(redeliver, { ...at(original.deliveryUuid), method: 'POST', token: tenant.token });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ event_uuid: original.eventUuid, endpoint_uuid: original.endpointUuid, replay_of: original.deliveryUuid, status: 'pending', attempt_count: 0 });
    expect(await deliveryRow(db, res.body.delivery_uuid)).toMatchObject({ body: original.body, status: 'pending' });
    expect(await queuedJobs(db, res.body.delivery_uuid)).toEqual([{ name: 'webhook-delivery', data: { deliveryUuid: res.body.delivery_uuid, attempt: 1 } }]);
  });

  it('refuses to send again to a disabled endpoint with 409', async () => {
    const tenant = await webhookTenant(db);
    const { endpoint } = await seedEndpoint(db, tenant);
    const original = (await seedEvent(db, tenant)).deliveries[0]!;
    await disableWebhookEndpoint(db, tenant.caller, endpoint.endpointUuid);
    const res = await callRoute(redeliver, { ...at(original.deliveryUuid), method: 'POST', token: tenant.token });
    expect(res).toMatchObject({ status: 409, body: { code: 'errors.webhook_endpoint.disabled' } });
    const after = await callRoute(list, { path: '/x', token: tenant.token });
    expect(after.body.total).toBe(1);
  });

  it('answers another account’s delivery exactly like a missing one', async () => {
    const [tenant, other] = [await webhookTenant(db), await webhookTenant(db)];
    await seedEndpoint(db, other);
    const theirs = (await seedEvent(db, other)).deliveries[0]!.deliveryUuid;
    for (const [handler, method] of [
      [getOne, 'GET'],
      [redeliver, 'POST'],
    ] as const) {
      const foreign = await callRoute(handler, { ...at(theirs), token: tenant.token, method });
      const missing = await callRoute(handler, { ...at(randomUUID()), token: tenant.token, method });
      expect(foreign.status).toBe(404);
      expect(foreign.body).toEqual(missing.body);
    }
    expect((await callRoute(list, { path: '/x', token: tenant.token })).body.total).toBe(0);
  });

  it('needs webhook:write to send again', async () => {
    const tenant = await webhookTenant(db, ['webhook:read']);
    await seedEndpoint(db, tenant);
    const original = (await seedEvent(db, tenant)).deliveries[0]!;
    expect((await callRoute(redeliver, { ...at(original.deliveryUuid), method: 'POST', token: tenant.token })).status).toBe(403);
  });
});
