import { z } from 'zod';
import { a55ListSchema, cursorParamSchema } from '@/lib/pagination/keyset';
import { WEBHOOK_DELIVERY_STATUSES, WEBHOOK_ENDPOINT_STATUSES, WEBHOOK_FORMATS } from '@/db/schema';
import { WEBHOOK_EVENTS, WEBHOOK_EVENT_TYPES } from './catalogue';

// Shared by the dashboard forms (in the browser), the server actions, the API routes and the
// OpenAPI document. Rules that depend on the deployment (https only in production) live in the
// service, so this file stays free of server configuration.

const uuid = (what: string) => z.guid(`${what} must be a UUID`);

/** An absolute http(s) URL without user:password, which would otherwise travel in every request log. */
export const webhookUrlSchema = z
  .string('Enter the URL that receives the events')
  .trim()
  .min(1, 'Enter the URL that receives the events')
  .max(2048, 'Use at most 2048 characters')
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'Enter a full URL such as https://example.com/webhooks' });
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') ctx.addIssue({ code: 'custom', message: 'Use an https:// (or http://) URL' });
    else if (url.username || url.password) ctx.addIssue({ code: 'custom', message: 'Remove the user name and password from the URL' });
  })
  .meta({ description: 'Where events are POSTed; https is required in production', example: 'https://erp.example.com/webhooks/wallets' });

export const webhookEventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES, 'Unknown event type').meta({
  id: 'WebhookEventType',
  description: WEBHOOK_EVENTS.map((event) => `\`${event.type}\`: ${event.label}`).join('; '),
});

export const webhookFormatSchema = z.enum(WEBHOOK_FORMATS, 'Choose platform, qi or a55').meta({
  id: 'WebhookFormat',
  description:
    '`platform`: the envelope `{operation, sub_operation, operation_id, status, reason, data}`; ' +
    '`qi`: the QI envelope `{webhook_type, webhook_datetime, data}` (`baas.invoice.wallet` for KYC results); ' +
    '`a55`: the A55 charge payload, for charge events only. Subscribing to an event the format does not carry is refused (400 on `events`).',
});

const webhookKeySchema = z
  .string('Enter the X-Webhook-Key value')
  .trim()
  .min(1, 'Enter the X-Webhook-Key value')
  .max(255, 'Use at most 255 characters')
  // It travels as an HTTP header value: printable ASCII only.
  .regex(/^[\x20-\x7e]+$/, 'Use printable ASCII characters only')
  .meta({
    description: 'Sent as is in the `X-Webhook-Key` header of every delivery, so your receiver can recognise us. Write-only: reads show its last four characters.',
    example: 'my-shared-key-2f9c',
  });

const endpointFields = {
  url: webhookUrlSchema,
  webhook_key: webhookKeySchema,
  events: z
    .array(webhookEventTypeSchema, 'Choose at least one event')
    .min(1, 'Choose at least one event')
    .meta({ description: 'The events this endpoint receives', example: ['wallet.kyc_approved', 'wallet.kyc_rejected'] }),
  format: webhookFormatSchema,
  description: z.string().trim().max(500, 'Use at most 500 characters').optional().meta({ description: 'A note for yourself', example: 'ERP production' }),
};

/** `POST /api/v1/webhooks/endpoints` and the dashboard's "New endpoint" form. */
export const createEndpointSchema = z.object(endpointFields).meta({ id: 'CreateWebhookEndpointRequest' });
export type CreateEndpointInput = z.output<typeof createEndpointSchema>;
export type CreateEndpointFormValues = z.input<typeof createEndpointSchema>;

/**
 * The settings form on the endpoint page. The current X-Webhook-Key is never sent to the browser
 * (it is the receiver's shared secret), so its field starts empty and empty means "keep it".
 */
export const endpointSettingsFormSchema = createEndpointSchema.extend({ webhook_key: z.union([z.literal(''), webhookKeySchema]) });
export type EndpointSettingsFormValues = z.input<typeof endpointSettingsFormSchema>;

/** `PATCH /api/v1/webhooks/endpoints/{endpoint_uuid}`: any of the create fields; an empty description clears it. */
export const updateEndpointSchema = z
  .object(endpointFields)
  .partial()
  .refine((input) => Object.values(input).some((value) => value !== undefined), { message: 'Give at least one field to change' })
  .meta({ id: 'UpdateWebhookEndpointRequest' });
export type UpdateEndpointInput = z.output<typeof updateEndpointSchema>;

export const endpointParamsSchema = z.object({ endpoint_uuid: uuid('endpoint_uuid') });
export const deliveryParamsSchema = z.object({ delivery_uuid: uuid('delivery_uuid') });

/** The settings form on the endpoint page: its id with the fields to change. */
export const updateEndpointActionSchema = z.object({ endpoint_uuid: uuid('endpoint_uuid'), changes: updateEndpointSchema });

const page = z.coerce.number().int().min(1).default(1);
const limit = z.coerce.number().int().min(1).max(100).default(10);

const starting_after = cursorParamSchema.optional();

/** `GET /api/v1/webhooks/endpoints`: A55 `page`/`limit`, or a `starting_after` cursor. */
export const endpointListQuerySchema = z.object({ page, limit, starting_after });
export type EndpointListQuery = z.output<typeof endpointListQuerySchema>;

export const webhookDeliveryStatusSchema = z.enum(WEBHOOK_DELIVERY_STATUSES);

/** `GET /api/v1/webhooks/deliveries` and the delivery log: A55 `page`/`limit` or a cursor, plus filters. */
export const deliveryListQuerySchema = z.object({
  page,
  limit,
  starting_after,
  endpoint_uuid: uuid('endpoint_uuid').optional(),
  status: webhookDeliveryStatusSchema.optional(),
  event_type: webhookEventTypeSchema.optional(),
});
export type DeliveryListQuery = z.output<typeof deliveryListQuerySchema>;

// Response shapes, for the OpenAPI document (the routes build them in ./serialize.ts).

const timestamp = z.iso.datetime();

export const webhookEndpointSchema = z
  .object({
    endpoint_uuid: z.uuid(),
    url: z.string(),
    description: z.string().nullable(),
    webhook_key_last_four: z.string().meta({ description: 'The last four characters of the X-Webhook-Key; the value itself is write-only' }),
    events: z.array(webhookEventTypeSchema),
    format: webhookFormatSchema,
    status: z.enum(WEBHOOK_ENDPOINT_STATUSES),
    disabled_reason: z
      .enum(['manual', 'failing'])
      .nullable()
      .meta({ description: '`manual`: switched off by you; `failing`: switched off by the platform after a delivery failed every retry' }),
    disabled_at: timestamp.nullable(),
    last_success_at: timestamp.nullable(),
    secret_last_four: z.string().meta({ description: 'The last four characters of the signing secret, to tell secrets apart' }),
    created_at: timestamp,
    updated_at: timestamp,
  })
  .meta({ id: 'WebhookEndpoint' });

export const webhookEndpointWithSecretSchema = webhookEndpointSchema
  .extend({
    signing_secret: z.string().meta({
      description: 'Signs every delivery (`X-Webhook-Signature`, hex HMAC-SHA256 of `"{timestamp}.{raw body}"`). Shown only in this response.',
      example: 'whsec_Jx0cQ5m0bq6wY7mW1m2D2w0mV8qL3rK9sT4uV5wX6yZ',
    }),
  })
  .meta({ id: 'WebhookEndpointWithSecret' });

export const webhookEndpointListSchema = a55ListSchema(webhookEndpointSchema).meta({ id: 'WebhookEndpointList' });

export const webhookDeliverySchema = z
  .object({
    delivery_uuid: z.uuid(),
    event_uuid: z.uuid().meta({ description: 'The event; retries and replays of it carry the same id' }),
    event_type: webhookEventTypeSchema,
    endpoint_uuid: z.uuid(),
    endpoint_url: z.string(),
    replay_of: z.uuid().nullable().meta({ description: 'The delivery this one sends again, when it is a replay' }),
    status: webhookDeliveryStatusSchema,
    attempt_count: z.number().int(),
    next_attempt_at: timestamp.nullable(),
    last_attempt_at: timestamp.nullable(),
    completed_at: timestamp.nullable(),
    created_at: timestamp,
  })
  .meta({ id: 'WebhookDelivery' });

export const webhookDeliveryListSchema = a55ListSchema(webhookDeliverySchema).meta({ id: 'WebhookDeliveryList' });

export const webhookAttemptSchema = z
  .object({
    attempt_number: z.number().int(),
    started_at: timestamp,
    duration_ms: z.number().int(),
    request_url: z.string(),
    request_headers: z.record(z.string(), z.string()).meta({ description: 'As sent, including `X-Webhook-Timestamp` and `X-Webhook-Signature`' }),
    response_status: z.number().int().nullable(),
    response_body_excerpt: z.string().nullable(),
    error: z.string().nullable().meta({ description: 'Why no usable response came back: `timeout`, `connection_refused`…' }),
    succeeded: z.boolean(),
    retryable: z.boolean(),
  })
  .meta({ id: 'WebhookAttempt' });

export const webhookDeliveryDetailSchema = webhookDeliverySchema
  .extend({
    event: z.object({
      event_uuid: z.uuid(),
      type: webhookEventTypeSchema,
      subject_type: z.string().meta({ description: 'The type of object the event is about', example: 'wallet' }),
      subject_id: z.string().meta({ description: 'The id of the object the event is about (a wallet: its `wallet_uuid`)' }),
      occurred_at: timestamp,
      data: z.record(z.string(), z.unknown()),
    }),
    body: z.string().meta({ description: 'The exact body sent (and sent again by retries and replays)' }),
    attempts: z.array(webhookAttemptSchema).meta({ description: 'Every attempt, oldest first' }),
  })
  .meta({ id: 'WebhookDeliveryDetail' });
