import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { account } from './accounts';

/**
 * An append-only record of who did what to which subject. Written in the same transaction as the
 * change it describes, so the trail can never disagree with the data.
 */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    actorType: text('actor_type', { enum: ['user', 'api_client', 'system'] }).notNull(),
    actorId: text('actor_id').notNull(),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    requestId: text('request_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_event_subject_idx').on(t.subjectType, t.subjectId, t.createdAt),
    index('audit_event_entity_idx').on(t.entityUuid, t.createdAt),
  ],
);
