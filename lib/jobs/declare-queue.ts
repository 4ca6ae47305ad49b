import type PgBoss from 'pg-boss';

/**
 * A pg-boss queue and how pg-boss itself retries a job whose handler threw or whose worker died
 * (the job expires and runs again). Domain retries with their own schedule, such as webhook
 * redelivery, are new jobs sent by the handler, not these. A domain declares its queues in
 * `lib/<domain>/queues.ts` (plain data, so services that enqueue import no worker) and works them
 * from its `Domain` object, which is also how `installJobQueues` finds them.
 */
export interface QueueDeclaration<Name extends string = string> {
  name: Name;
  options: Omit<PgBoss.Queue, 'name'>;
}

export function declareQueue<Name extends string>(name: Name, options: Omit<PgBoss.Queue, 'name'>): QueueDeclaration<Name> {
  return { name, options };
}
