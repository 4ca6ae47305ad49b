import type postgres from 'postgres';
import { waitFor } from './concurrency';
import type { Findings } from './findings';
import { WebhookReceiver } from './webhook-receiver';

export interface DeliveryFigures {
  events: number;
  received: number;
  /** Events that arrived more than once (at-least-once delivery: a crash between sending and recording resends). */
  duplicates: number;
  seconds: number;
}

/**
 * Waits (up to `timeoutMs`) until every event fanned out to the endpoint (one delivery row each;
 * that every subscribed event has one is checked with the charges) has reached the receiver and no
 * delivery to the endpoint is pending any more, then checks: each event arrived, signed with the
 * endpoint's secret; no delivery gave up; nothing arrived that the platform did not record.
 */
export async function expectEventsDelivered(
  sql: postgres.Sql,
  target: { endpointUuid: string; signingSecret: string; receiver: WebhookReceiver },
  findings: Findings,
  timeoutMs: number,
): Promise<DeliveryFigures> {
  const started = performance.now();
  const eventIds = async () =>
    (await sql<{ event_uuid: string }[]>`select distinct event_uuid from webhook_delivery where endpoint_uuid = ${target.endpointUuid}`).map((row) => row.event_uuid);
  const settled = async () => {
    const seen = new Set(target.receiver.received.map((r) => r.eventId));
    const [pending] = await sql<{ n: number }[]>`select count(*)::int as n from webhook_delivery where endpoint_uuid = ${target.endpointUuid} and status = 'pending'`;
    return pending!.n === 0 && (await eventIds()).every((id) => seen.has(id));
  };
  const done = await waitFor(settled, timeoutMs, 1_000);
  const seconds = (performance.now() - started) / 1000;

  const events = await eventIds();
  const received = target.receiver.received;
  const seen = new Set(received.map((r) => r.eventId));
  const missing = events.filter((id) => !seen.has(id));
  const stuck = await sql`
    select delivery_uuid, event_uuid, status, attempt_count, next_attempt_at from webhook_delivery
    where endpoint_uuid = ${target.endpointUuid} and status <> 'succeeded' limit 20`;
  findings.check(done, 'the outbox did not deliver everything in time', () => `${missing.length} of ${events.length} events not received after ${seconds.toFixed(0)} s; deliveries not succeeded: ${JSON.stringify(stuck.slice(0, 5))}`);
  for (const id of missing.slice(0, 20)) findings.fail('an event never delivered', id);
  for (const row of stuck) findings.fail('a delivery that did not succeed', JSON.stringify(row));
  const known = new Set(events);
  for (const r of received) {
    findings.check(WebhookReceiver.signedBy(r, target.signingSecret), 'a delivery with an invalid signature', () => `delivery ${r.deliveryId} of event ${r.eventId}`);
    findings.check(known.has(r.eventId), 'a delivery of an event the platform never recorded', () => `delivery ${r.deliveryId} of event ${r.eventId}`);
  }
  return { events: events.length, received: received.length, duplicates: received.length - seen.size, seconds };
}

/** Deliveries still being worked change rows under a checksum: waits until none is pending; answers whether that happened. */
export async function noDeliveryPending(sql: postgres.Sql, timeoutMs: number): Promise<boolean> {
  return waitFor(async () => {
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from webhook_delivery where status = 'pending'`;
    return row!.n === 0;
  }, timeoutMs);
}
