import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { account } from './accounts';

/**
 * The payload formats an endpoint chooses from. `platform`: seed 003's {operation, sub_operation,
 * operation_id, status, reason, data}; `qi`: {webhook_type, webhook_datetime, data}; `a55`: the
 * A55 charge payload, sent only for events that declare one. The event types themselves are
 * declared by each domain (`lib/webhooks/catalogue.ts`), so the schema holds them as text.
 */
export const WEBHOOK_FORMATS = ['platform', 'qi', 'a55'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

export const WEBHOOK_ENDPOINT_STATUSES = ['enabled', 'disabled'] as const;
/**
 * `subscription`: an endpoint the merchant registered for the events it lists. `callback`: the
 * `webhook_url` a charge named (A55 A.9), kept as an endpoint of its own (format `a55`, no
 * subscriptions) so its deliveries are signed, retried and logged like every other.
 */
export const WEBHOOK_ENDPOINT_PURPOSES = ['subscription', 'callback'] as const;
export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/**
 * Where an account wants its events. The signing secret must be readable to sign with (HMAC), so
 * it is stored encrypted (AES-256-GCM under WEBHOOK_ENCRYPTION_KEY), never hashed, and shown to
 * the merchant only once. `X-Webhook-Key` is a value the merchant chooses (seed 003) and is sent
 * as is.
 */
export const webhookEndpoint = pgTable(
  'webhook_endpoint',
  {
    endpointUuid: uuid('endpoint_uuid').primaryKey().defaultRandom(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    url: text('url').notNull(),
    description: text('description'),
    webhookKey: text('webhook_key').notNull(),
    events: text('events').array().notNull(),
    format: text('format', { enum: WEBHOOK_FORMATS }).notNull(),
    secretCiphertext: text('secret_ciphertext').notNull(),
    secretLastFour: text('secret_last_four').notNull(),
    status: text('status', { enum: WEBHOOK_ENDPOINT_STATUSES }).notNull().default('enabled'),
    purpose: text('purpose', { enum: WEBHOOK_ENDPOINT_PURPOSES }).notNull().default('subscription'),
    /** Why it is disabled: `manual` (someone switched it off) or `failing` (the platform gave up on it). */
    disabledReason: text('disabled_reason', { enum: ['manual', 'failing'] }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('webhook_endpoint_entity_created_idx').on(t.entityUuid, t.createdAt, t.endpointUuid),
    uniqueIndex('webhook_endpoint_callback_url_unique').on(t.entityUuid, t.url).where(sql`"purpose" = 'callback'`),
  ],
);

/**
 * The outbox: one row per domain event, written in the same transaction as the change it
 * announces, so an event exists exactly when its change committed. `event_uuid` is the id
 * receivers deduplicate on (platform `operation_id`); `data` is the event's provider-neutral data,
 * validated by its definition and rendered into each endpoint's format when it fans out.
 */
export const webhookEvent = pgTable(
  'webhook_event',
  {
    eventUuid: uuid('event_uuid').primaryKey().defaultRandom(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    type: text('type').notNull(),
    /** What the event is about (`wallet`, `charge`…), with its id: events name their object's type. */
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('webhook_event_entity_idx').on(t.entityUuid, t.occurredAt)],
);

/**
 * One event on its way to one endpoint. The body is rendered once, in the endpoint's format, so
 * every retry and every replay sends the same bytes; only the timestamp and signature change.
 * A replay ("send again") is a new delivery pointing at the one it repeats.
 */
export const webhookDelivery = pgTable(
  'webhook_delivery',
  {
    deliveryUuid: uuid('delivery_uuid').primaryKey().defaultRandom(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    eventUuid: uuid('event_uuid')
      .notNull()
      .references(() => webhookEvent.eventUuid),
    endpointUuid: uuid('endpoint_uuid')
      .notNull()
      .references(() => webhookEndpoint.endpointUuid),
    replayOf: uuid('replay_of'),
    body: text('body').notNull(),
    status: text('status', { enum: WEBHOOK_DELIVERY_STATUSES }).notNull().default('pending'),
    /** Attempts made so far; the queue job for the next one carries this number to stay idempotent. */
    attemptCount: integer('attempt_count').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('webhook_delivery_entity_created_idx').on(t.entityUuid, t.createdAt, t.deliveryUuid),
    index('webhook_delivery_endpoint_created_idx').on(t.endpointUuid, t.createdAt),
    index('webhook_delivery_event_idx').on(t.eventUuid),
  ],
);

/** Every HTTP attempt of a delivery, kept for the delivery log. Never the signing secret. */
export const webhookAttempt = pgTable(
  'webhook_attempt',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    deliveryUuid: uuid('delivery_uuid')
      .notNull()
      .references(() => webhookDelivery.deliveryUuid),
    attemptNumber: integer('attempt_number').notNull(),
    requestUrl: text('request_url').notNull(),
    requestHeaders: jsonb('request_headers').$type<Record<string, string>>().notNull(),
    responseStatus: integer('response_status'),
    responseBodyExcerpt: text('response_body_excerpt'),
    /** Why no usable response came back: `timeout`, `connection_refused`, a refused target… */
    error: text('error'),
    succeeded: boolean('succeeded').notNull(),
    /** Whether this failure is worth another try (5xx, timeouts, refused connections). */
    retryable: boolean('retryable').notNull().default(false),
    durationMs: integer('duration_ms').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('webhook_attempt_delivery_number_unique').on(t.deliveryUuid, t.attemptNumber)],
);
