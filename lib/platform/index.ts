import type { Domain } from '@/lib/domain';
import { registerIdempotencyPurge } from '@/lib/idempotency/purge';
import { platformOperations } from './operations';
import { idempotencyPurgeQueue } from './queues';

/** The platform itself: tokens, health, and the housekeeping every domain relies on. */
export const platformDomain: Domain = {
  name: 'platform',
  operations: platformOperations,
  scopes: {},
  queues: [{ queue: idempotencyPurgeQueue, start: (boss, { db }) => registerIdempotencyPurge(boss, db) }],
  events: [],
};
