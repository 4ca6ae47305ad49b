import type { Operation } from '@/lib/api/operation';
import type { QueueWorker } from '@/lib/jobs/queue-worker';
import type { AnyEventDefinition } from '@/lib/webhooks/define-event';

/**
 * One domain of the platform, as `lib/<domain>/index.ts` exports it and `lib/domains.ts` lists it:
 * its API operations (the routes and the OpenAPI document), the scopes those operations need (with
 * what each grants), the queues it works and the webhook events it announces (`lib/<domain>/events.ts`).
 */
export interface Domain {
  name: string;
  operations: readonly Operation[];
  scopes: Readonly<Record<string, string>>;
  queues: readonly QueueWorker[];
  events: readonly AnyEventDefinition[];
}
