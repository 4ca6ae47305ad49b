import type { WebhookFormat } from '@/db/schema';
import { commonErrors } from '@/lib/errors/common';
import { WEBHOOK_EVENTS, type WebhookEventType } from './catalogue';
import type { AnyEventDefinition } from './define-event';
import { rendersIn } from './payloads';

/** Subscriptions without repeats, in the catalogue's order, so equal choices store equal arrays. */
export function canonicalEvents(events: readonly WebhookEventType[]): WebhookEventType[] {
  return WEBHOOK_EVENTS.filter((event) => events.includes(event.type)).map((event) => event.type);
}

/** The subscribed events that have no payload in `format`. */
export function eventsWithoutPayload(
  events: readonly string[],
  format: WebhookFormat,
  catalogue: readonly AnyEventDefinition[] = WEBHOOK_EVENTS,
): string[] {
  return catalogue.filter((event) => events.includes(event.type) && !rendersIn(event, format)).map((event) => event.type);
}

/**
 * An endpoint receives every event it subscribes to in its one format, so a subscription to an
 * event that format cannot carry (a wallet event in the A55 charge payload) is refused when it is
 * made, on the `events` field, rather than dropped silently at every delivery.
 */
export function assertSubscribable(events: readonly string[], format: WebhookFormat): void {
  const missing = eventsWithoutPayload(events, format);
  if (missing.length) {
    throw commonErrors.validation([{ field: 'events', issue: `Not sent in the ${format} format: ${missing.join(', ')}` }]);
  }
}
