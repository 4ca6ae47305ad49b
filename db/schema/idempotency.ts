import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { account } from './accounts';

/**
 * The first answer to a write sent with an `Idempotency-Key`, per account, kept until `expires_at`
 * (24 hours). The row is written in the request's own transaction, uncommitted until its answer is
 * stored, so concurrent requests with the same key wait on it instead of running a second time.
 */
export const idempotencyKey = pgTable(
  'idempotency_key',
  {
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    key: text('key').notNull(),
    /** HMAC-SHA256 of method, path and canonical body: the same key with another request is a conflict. */
    requestHash: text('request_hash').notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    responseStatus: integer('response_status'),
    /** The response body exactly as sent, so replayed decimals keep their digits. */
    responseBody: text('response_body'),
    responseHeaders: jsonb('response_headers').$type<Record<string, string>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.entityUuid, t.key] })],
);
