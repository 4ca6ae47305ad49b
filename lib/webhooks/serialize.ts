import type { z } from 'zod';
import type { webhookAttempt, webhookEndpoint, webhookEvent } from '@/db/schema';
import type { WebhookEventType } from './catalogue';
import type { webhookAttemptSchema, webhookDeliveryDetailSchema, webhookDeliverySchema, webhookEndpointSchema } from './schemas';

type EndpointRow = typeof webhookEndpoint.$inferSelect;
type AttemptRow = typeof webhookAttempt.$inferSelect;
type EventRow = typeof webhookEvent.$inferSelect;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** An endpoint on the wire: never its signing secret, only the last four characters. */
export function toEndpointBody(row: EndpointRow): EndpointBody {
  return {
    endpoint_uuid: row.endpointUuid,
    url: row.url,
    description: row.description,
    // The X-Webhook-Key is the receiver's shared secret (seed 003): write-only, like the signing secret.
    webhook_key_last_four: row.webhookKey.slice(-4),
    events: row.events as WebhookEventType[],
    format: row.format,
    status: row.status,
    disabled_reason: row.disabledReason,
    disabled_at: iso(row.disabledAt),
    last_success_at: iso(row.lastSuccessAt),
    secret_last_four: row.secretLastFour,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}
// Typed by the response schemas, so a field the document lacks (or one it promises) fails tsc.
export type EndpointBody = z.input<typeof webhookEndpointSchema>;

export interface DeliverySummaryRow {
  deliveryUuid: string;
  eventUuid: string;
  eventType: WebhookEventType;
  endpointUuid: string;
  endpointUrl: string;
  replayOf: string | null;
  status: 'pending' | 'succeeded' | 'failed';
  attemptCount: number;
  nextAttemptAt: Date | null;
  lastAttemptAt: Date | null;
  completedAt: Date | null;
  createdAt: Date;
}

export function toDeliveryBody(row: DeliverySummaryRow): DeliveryBody {
  return {
    delivery_uuid: row.deliveryUuid,
    event_uuid: row.eventUuid,
    event_type: row.eventType,
    endpoint_uuid: row.endpointUuid,
    endpoint_url: row.endpointUrl,
    replay_of: row.replayOf,
    status: row.status,
    attempt_count: row.attemptCount,
    next_attempt_at: iso(row.nextAttemptAt),
    last_attempt_at: iso(row.lastAttemptAt),
    completed_at: iso(row.completedAt),
    created_at: row.createdAt.toISOString(),
  };
}
export type DeliveryBody = z.input<typeof webhookDeliverySchema>;

export function toAttemptBody(row: AttemptRow): AttemptBody {
  return {
    attempt_number: row.attemptNumber,
    started_at: row.startedAt.toISOString(),
    duration_ms: row.durationMs,
    request_url: row.requestUrl,
    request_headers: row.requestHeaders,
    response_status: row.responseStatus,
    response_body_excerpt: row.responseBodyExcerpt,
    error: row.error,
    succeeded: row.succeeded,
    retryable: row.retryable,
  };
}
export type AttemptBody = z.input<typeof webhookAttemptSchema>;

/** One delivery with its event, the exact body sent and every attempt: what the delivery log shows. */
export function toDeliveryDetailBody(detail: {
  delivery: DeliverySummaryRow;
  body: string;
  event: EventRow;
  attempts: AttemptRow[];
}): DeliveryDetailBody {
  return {
    ...toDeliveryBody(detail.delivery),
    event: {
      event_uuid: detail.event.eventUuid,
      type: detail.event.type as WebhookEventType,
      subject_type: detail.event.subjectType,
      subject_id: detail.event.subjectId,
      occurred_at: detail.event.occurredAt.toISOString(),
      data: detail.event.data,
    },
    body: detail.body,
    attempts: detail.attempts.map(toAttemptBody),
  };
}
export type DeliveryDetailBody = z.input<typeof webhookDeliveryDetailSchema>;
