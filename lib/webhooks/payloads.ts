import type { WebhookFormat } from '@/db/schema';
import { stringifyJson } from '@/lib/http/json';
import type { AnyEventDefinition, EventRenderer, RenderInput } from './define-event';

// The envelopes of each webhook format. An event's definition fills them in with its own operation,
// type and data, so nothing here knows what a wallet or a charge is.

export type StoredEvent<Data = unknown> = RenderInput<Data>;

/**
 * Seed 003's platform envelope `{operation, sub_operation, operation_id, status, reason, data}`.
 * `operation_id` is the event id receivers deduplicate on. An event that reports a failed
 * operation (a KYC rejection) declares `status: 'FAILED'` and where its reason comes from.
 */
export function platformEnvelope<Data>(shape: {
  operation: string;
  subOperation: string;
  status?: 'SUCCESS' | 'FAILED';
  reason?: (data: Data) => string | null;
  data: (event: StoredEvent<Data>) => Record<string, unknown>;
}): EventRenderer<Data> {
  return {
    render: (event) => ({
      operation: shape.operation,
      sub_operation: shape.subOperation,
      operation_id: event.eventUuid,
      status: shape.status ?? 'SUCCESS',
      reason: shape.reason?.(event.data) ?? null,
      data: shape.data(event),
    }),
  };
}

/** QI's `{webhook_type, webhook_datetime, data}` (reference B.8). */
export function qiEnvelope<Data>(shape: { webhookType: string; data: (event: StoredEvent<Data>) => Record<string, unknown> }): EventRenderer<Data> {
  return {
    render: (event) => ({ webhook_type: shape.webhookType, webhook_datetime: event.occurredAt.toISOString(), data: shape.data(event) }),
  };
}

/** A55's charge webhook (reference A.9) has no envelope: the body is the charge's own fields. */
export function a55Payload<Data>(shape: { body: (event: StoredEvent<Data>) => Record<string, unknown> }): EventRenderer<Data> {
  return { render: (event) => shape.body(event) };
}

export function rendersIn(definition: AnyEventDefinition, format: WebhookFormat): boolean {
  return definition.renderers[format] !== undefined;
}

/** The exact bytes an endpoint of `format` receives for the event; lossless JSON, so amounts stay exact decimals. */
export function renderWebhookBody(definition: AnyEventDefinition, event: StoredEvent, format: WebhookFormat): string {
  const renderer = definition.renderers[format];
  if (!renderer) throw new Error(`${definition.type} has no ${format} payload`);
  return stringifyJson(renderer.render(event));
}
