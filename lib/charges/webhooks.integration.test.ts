import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { webhookDelivery, webhookEndpoint, webhookEvent, type WebhookFormat } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { testDb } from '@/lib/testing/db';
import type { WebhookEventType } from '@/lib/webhooks/catalogue';
import { createWebhookEndpoint } from '@/lib/webhooks/endpoints';
import { chargeApi, chargeBody, chargeTenant, SANDBOX_DECLINED_CARD, SANDBOX_OK_CARD, type ChargeTenant } from './test-fixtures';

// What the charge events put on the wire: the A55 payload of reference A.9 to subscribed endpoints
// and to a charge's own webhook_url, and the platform envelope. Only the outbox rows are read here
// (the delivery worker, signatures and retries have tests of their own).

const db = await testDb();

async function subscribe(tenant: ChargeTenant, format: WebhookFormat, events: WebhookEventType[]) {
  // Endpoints are an account-level dashboard or API concern; the tenant's own caller makes one.
  const caller: Caller = { ...tenant.caller, walletUuid: null };
  const { endpoint } = await createWebhookEndpoint(db, caller, { url: `https://hooks.example.test/${format}`, webhook_key: 'charge-hooks-key', events, format });
  return endpoint;
}

// Events of one transaction share its time (a host-to-host create is issued and confirmed at once): the lifecycle orders them.
const LIFECYCLE = ['issued', 'pending', 'pre_captured', 'confirmed', 'error', 'canceled', 'refund', 'refunded', 'chargeback_requested', 'chargeback', 'chargeback_reversed'];
const inOrder = <T extends { type: string; occurredAt: Date }>(rows: T[]) =>
  [...rows].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || LIFECYCLE.indexOf(a.type.slice(7)) - LIFECYCLE.indexOf(b.type.slice(7)));

/** The deliveries an endpoint got, oldest first, with the event type and the body parsed. */
async function deliveriesTo(endpointUuid: string) {
  const rows = await db
    .select({
      type: webhookEvent.type,
      occurredAt: webhookEvent.occurredAt,
      eventUuid: webhookEvent.eventUuid,
      subjectId: webhookEvent.subjectId,
      body: webhookDelivery.body,
      status: webhookDelivery.status,
      attempts: webhookDelivery.attemptCount,
    })
    .from(webhookDelivery)
    .innerJoin(webhookEvent, eq(webhookEvent.eventUuid, webhookDelivery.eventUuid))
    .where(eq(webhookDelivery.endpointUuid, endpointUuid));
  return inOrder(rows).map((row) => ({ ...row, json: JSON.parse(row.body) as Record<string, unknown> }));
}

async function create(tenant: ChargeTenant, overrides: Record<string, unknown> & { card?: string } = {}) {
  const res = await chargeApi(tenant.token).create(chargeBody(tenant, overrides));
  expect(res.status).toBe(200);
  return res.body as { charge_uuid: string; status: string; created_at: string; updated_at: string };
}

const MINIMAL_FIELDS = ['charge_uuid', 'status', 'transaction_reference', 'subscription_uuid', 'payment_link_uuid'];

describe('charge webhooks', () => {
  it('an a55 endpoint receives A.9’s payload for confirmed, for a partial refund and for refunded; only what it subscribed to', async () => {
    const tenant = await chargeTenant(db);
    const endpoint = await subscribe(tenant, 'a55', ['charge.confirmed', 'charge.refund', 'charge.refunded']);
    const paid = await create(tenant, { card: SANDBOX_OK_CARD });
    const api = chargeApi(tenant.token);
    await api.refund(paid.charge_uuid, tenant.wallet.walletUuid, { amount: '30.00', reason: 'item devolvido' });
    const refunded = await api.refund(paid.charge_uuid, tenant.wallet.walletUuid);

    const deliveries = await deliveriesTo(endpoint.endpointUuid);
    expect(deliveries.map((d) => d.type)).toEqual(['charge.confirmed', 'charge.refund', 'charge.refunded']);
    const [confirmed, partial, full] = deliveries;
    expect(confirmed!.json).toEqual({
      charge_uuid: paid.charge_uuid,
      status: 'confirmed',
      transaction_reference: paid.charge_uuid,
      subscription_uuid: null,
      payment_link_uuid: null,
      amount: '100.00',
      currency: 'BRL',
      created_at: paid.created_at,
      updated_at: paid.updated_at,
    });
    // A.9's minimal fields come first, as the current page lists them.
    expect(Object.keys(confirmed!.json).slice(0, 5)).toEqual(MINIMAL_FIELDS);
    // Amounts are exact decimal strings in the stored bytes, not floats.
    expect(confirmed!.body).toContain('"amount":"100.00"');

    expect(partial!.json).toMatchObject({ charge_uuid: paid.charge_uuid, status: 'confirmed', amount: '100.00', refund_amount: '30.00' });
    expect(full!.json).toMatchObject({
      charge_uuid: paid.charge_uuid,
      status: 'refunded',
      transaction_reference: paid.charge_uuid,
      subscription_uuid: null,
      payment_link_uuid: null,
      amount: '100.00',
      currency: 'BRL',
      refund_amount: '70.00',
      updated_at: refunded.body.updated_at,
    });
    for (const delivery of deliveries) {
      expect(delivery).toMatchObject({ subjectId: paid.charge_uuid, status: 'pending', attempts: 0 });
      expect(delivery.json).not.toHaveProperty('error_code');
    }

    // The issued step was recorded as an event, but this endpoint did not subscribe to it.
    const events = await db.select({ type: webhookEvent.type, occurredAt: webhookEvent.occurredAt }).from(webhookEvent).where(eq(webhookEvent.subjectId, paid.charge_uuid));
    expect(inOrder(events).map((e) => e.type)).toEqual(['charge.issued', 'charge.confirmed', 'charge.refund', 'charge.refunded']);
  });

  it('a decline carries the error code and message, and a dispute its reason', async () => {
    const tenant = await chargeTenant(db);
    const endpoint = await subscribe(tenant, 'a55', ['charge.error', 'charge.chargeback_requested', 'charge.chargeback_reversed']);
    const declined = await create(tenant, { card: SANDBOX_DECLINED_CARD });
    const paid = await create(tenant, { card: SANDBOX_OK_CARD });
    await chargeApi(tenant.token).dispute(paid.charge_uuid, 'open', 'fraud');
    await chargeApi(tenant.token).dispute(paid.charge_uuid, 'win');

    const deliveries = await deliveriesTo(endpoint.endpointUuid);
    expect(deliveries.map((d) => [d.type, d.subjectId])).toEqual([
      ['charge.error', declined.charge_uuid],
      ['charge.chargeback_requested', paid.charge_uuid],
      ['charge.chargeback_reversed', paid.charge_uuid],
    ]);
    expect(deliveries[0]!.json).toMatchObject({ charge_uuid: declined.charge_uuid, status: 'error', error_code: '05', error_message: 'Not authorized' });
    expect(deliveries[1]!.json).toMatchObject({ status: 'chargeback_requested', chargeback_reason: 'fraud', amount: '100.00' });
    expect(deliveries[2]!.json).toMatchObject({ status: 'chargeback_reversed' });
  });

  it("a charge's webhook_url becomes a callback endpoint of the account and gets every step of that charge in the a55 format", async () => {
    const tenant = await chargeTenant(db);
    const url = 'https://merchant.example.test/a55/charges';
    const paid = await create(tenant, { card: SANDBOX_OK_CARD, webhook_url: url });

    const callbacks = await db
      .select()
      .from(webhookEndpoint)
      .where(and(eq(webhookEndpoint.entityUuid, tenant.entityUuid), eq(webhookEndpoint.purpose, 'callback')));
    expect(callbacks).toHaveLength(1);
    expect(callbacks[0]).toMatchObject({ url, format: 'a55', purpose: 'callback', status: 'enabled', events: [] });
    expect(callbacks[0]!.secretCiphertext).not.toContain(callbacks[0]!.secretLastFour.repeat(2));

    const first = await deliveriesTo(callbacks[0]!.endpointUuid);
    expect(first.map((d) => [d.type, d.json.status])).toEqual([
      ['charge.issued', 'issued'],
      ['charge.confirmed', 'confirmed'],
    ]);
    expect(first[1]!.json).toEqual({
      charge_uuid: paid.charge_uuid,
      status: 'confirmed',
      transaction_reference: paid.charge_uuid,
      subscription_uuid: null,
      payment_link_uuid: null,
      amount: '100.00',
      currency: 'BRL',
      created_at: paid.created_at,
      updated_at: paid.updated_at,
    });
    expect(first.every((d) => d.status === 'pending' && d.attempts === 0)).toBe(true);

    // A later refund of that charge goes to it too; a second charge naming the same URL reuses the endpoint.
    await chargeApi(tenant.token).refund(paid.charge_uuid, tenant.wallet.walletUuid);
    const other = await create(tenant, { webhook_url: url });
    const all = await deliveriesTo(callbacks[0]!.endpointUuid);
    expect(all.map((d) => [d.type, d.subjectId])).toEqual([
      ['charge.issued', paid.charge_uuid],
      ['charge.confirmed', paid.charge_uuid],
      ['charge.refunded', paid.charge_uuid],
      ['charge.issued', other.charge_uuid],
    ]);
    expect(all[2]!.json).toMatchObject({ status: 'refunded', refund_amount: '100.00' });
    const again = await db.select().from(webhookEndpoint).where(and(eq(webhookEndpoint.entityUuid, tenant.entityUuid), eq(webhookEndpoint.purpose, 'callback')));
    expect(again).toHaveLength(1);

    // A charge without a webhook_url sends nothing to it.
    await create(tenant, { card: SANDBOX_OK_CARD });
    expect(await deliveriesTo(callbacks[0]!.endpointUuid)).toHaveLength(4);
  });

  it('a platform endpoint gets the envelope with operation CHARGE', async () => {
    const tenant = await chargeTenant(db);
    const endpoint = await subscribe(tenant, 'platform', ['charge.confirmed', 'charge.error', 'charge.refunded']);
    const paid = await create(tenant, { card: SANDBOX_OK_CARD });
    const declined = await create(tenant, { card: SANDBOX_DECLINED_CARD });
    await chargeApi(tenant.token).refund(paid.charge_uuid, tenant.wallet.walletUuid);

    const deliveries = await deliveriesTo(endpoint.endpointUuid);
    expect(deliveries.map((d) => d.type)).toEqual(['charge.confirmed', 'charge.error', 'charge.refunded']);
    const [confirmed, error, refunded] = deliveries;
    expect(confirmed!.json).toEqual({
      operation: 'CHARGE',
      sub_operation: 'CONFIRMED',
      operation_id: confirmed!.eventUuid,
      status: 'SUCCESS',
      reason: null,
      data: {
        charge_uuid: paid.charge_uuid,
        status: 'confirmed',
        transaction_reference: paid.charge_uuid,
        subscription_uuid: null,
        payment_link_uuid: null,
        amount: '100.00',
        currency: 'BRL',
        created_at: paid.created_at,
        updated_at: paid.updated_at,
        wallet_uuid: tenant.wallet.walletUuid,
        type_charge: 'credit_card',
      },
    });
    expect(error!.json).toMatchObject({
      operation: 'CHARGE',
      sub_operation: 'ERROR',
      operation_id: error!.eventUuid,
      status: 'FAILED',
      reason: 'Not authorized',
      data: { charge_uuid: declined.charge_uuid, status: 'error', error_code: '05' },
    });
    expect(refunded!.json).toMatchObject({ operation: 'CHARGE', sub_operation: 'REFUNDED', status: 'SUCCESS', data: { status: 'refunded', refund_amount: '100.00' } });
  });
});
