import { randomUUID } from 'node:crypto';
import { WEBHOOK_EVENT_TYPES } from '@/lib/webhooks/catalogue';
import { forEachConcurrently, sleep } from '../concurrency';
import type { Findings } from '../findings';
import type { Harness, ReliabilityCase } from '../harness';
import { describe } from '../http-client';
import { expectEventsDelivered } from '../outbox-delivery';
import { scaled, WEBHOOK_RETRY_DELAYS_MS } from '../settings';
import { chargeBody, createEndpoint, createPaymentWallet, createTenant } from '../tenants';
import { WebhookReceiver } from '../webhook-receiver';

/**
 * R7: a merchant's webhook receiver is down (nothing listens: every attempt is refused) while
 * charges and refunds announce events, then comes back on the same address. With the servers'
 * short retry schedule (WEBHOOK_RETRY_DELAYS_MS, a test setting), every event reaches it once it
 * is up: each exactly once, signed with the endpoint's secret, the endpoint still enabled.
 */
const DOWN_MS = 8_000;
const DELIVERY_TIMEOUT_MS = 90_000;

export const webhookRecovery: ReliabilityCase = {
  id: 'R7',
  title: 'webhook receiver down for a while, then up',
  async run(harness: Harness, findings: Findings) {
    const servers = harness.servers.map((s) => s.url);
    const tenant = await createTenant(harness.db, servers);
    const wallet = await createPaymentWallet(tenant, 'R7 store');
    const receiver = await WebhookReceiver.open();
    const endpoint = await createEndpoint(tenant, receiver.url, WEBHOOK_EVENT_TYPES.filter((type) => type.startsWith('charge.')));
    await receiver.down();

    const wentDown = performance.now();
    const charges = scaled(20);
    await forEachConcurrently(Array.from({ length: charges }, (_, i) => i), 4, async (i) => {
      const created = await tenant.api.post('/api/v1/bank/wallet/charge/', chargeBody(wallet, { amount: '50.00', description: `R7 charge ${i}` }), { idempotencyKey: randomUUID() });
      if (!findings.check(created.kind === 'answer' && created.status === 200, 'a charge failed', () => describe(created)) || created.kind !== 'answer') return;
      const refund = await tenant.api.post(`/api/v1/bank/wallet/charge/${created.body.charge_uuid}/refund/${wallet.walletUuid}/`, { amount: '5.00' }, { idempotencyKey: randomUUID() });
      findings.check(refund.kind === 'answer' && refund.status === 200, 'a refund failed', () => describe(refund));
    });
    await sleep(Math.max(0, DOWN_MS - (performance.now() - wentDown)));
    const [refused] = await harness.sql<{ n: number }[]>`
      select count(*)::int as n from webhook_attempt a join webhook_delivery d on d.delivery_uuid = a.delivery_uuid
      where d.endpoint_uuid = ${endpoint.endpointUuid} and not a.succeeded`;
    await receiver.up();
    const delivery = await expectEventsDelivered(harness.sql, { ...endpoint, receiver }, findings, DELIVERY_TIMEOUT_MS);

    const perEvent = new Map<string, number>();
    for (const r of receiver.received) perEvent.set(r.eventId, (perEvent.get(r.eventId) ?? 0) + 1);
    for (const [eventId, n] of perEvent) findings.check(n === 1, 'an event delivered more than once', () => `${eventId} arrived ${n} times`);
    findings.check(refused!.n > 0, 'no attempt was refused while the receiver was down (the case tested nothing)', () => `${refused!.n} failed attempts`);
    const [state] = await harness.sql<{ status: string; attempts: number }[]>`
      select (select status from webhook_endpoint where endpoint_uuid = ${endpoint.endpointUuid}) as status,
             (select max(attempt_count)::int from webhook_delivery where endpoint_uuid = ${endpoint.endpointUuid}) as attempts`;
    findings.check(state!.status === 'enabled', 'the endpoint was disabled', () => `status ${state!.status}`);
    await receiver.down();

    findings.figure('s down', DOWN_MS / 1000);
    findings.figure('events', delivery.events);
    findings.figure('attempts refused while down', refused!.n);
    findings.figure('attempts at most for one delivery', state!.attempts);
    findings.figure('s from up to the last delivery', delivery.seconds.toFixed(1));
    findings.figure('signatures valid', receiver.received.length);
    findings.figure('retry schedule (ms)', WEBHOOK_RETRY_DELAYS_MS);
  },
};
