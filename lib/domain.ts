import type { Operation } from '@/lib/api/operation';
import type { QueueWorker } from '@/lib/jobs/queue-worker';

/**
 * What an event type must at least declare to be listed by its domain. The webhook event registry
 * (`lib/<domain>/events.ts`) refines it; the catalogue is collected from every domain's `events`.
 */
export interface DomainEvent {
  readonly type: string;
}

/**
 * One domain of the platform, as `lib/<domain>/index.ts` exports it and `lib/domains.ts` lists it:
 * its API operations (the routes and the OpenAPI document), the scopes those operations need (with
 * what each grants), the queues it works and the webhook events it announces.
 */
export interface Domain {
  name: string;
  operations: readonly Operation[];
  scopes: Readonly<Record<string, string>>;
  queues: readonly QueueWorker[];
  events: readonly DomainEvent[];
}
