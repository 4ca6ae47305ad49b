import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { webhookAttempt, webhookDelivery, webhookEndpoint, type WebhookFormat } from '@/db/schema';
import { walletCreated } from '@/lib/wallets/events';
import type { WebhookEventType } from '@/lib/webhooks/catalogue';
import { recordEvent } from '@/lib/webhooks/outbox';
import { sealSecret } from '@/lib/webhooks/secret-box';

export interface TestEndpointInput {
  entityUuid: string;
  url: string;
  events?: WebhookEventType[];
  format?: WebhookFormat;
  webhookKey?: string;
}

/** An enabled endpoint row with a fresh signing secret, sealed as the endpoint service stores it. */
export async function createTestEndpoint(db: Db, input: TestEndpointInput) {
  const secret = `whsec_test_${randomUUID()}`;
  const [endpoint] = await db
    .insert(webhookEndpoint)
    .values({
      entityUuid: input.entityUuid,
      url: input.url,
      webhookKey: input.webhookKey ?? `key-${randomUUID().slice(0, 8)}`,
      events: input.events ?? ['wallet.created'],
      format: input.format ?? 'platform',
      secretCiphertext: sealSecret(secret),
      secretLastFour: secret.slice(-4),
    })
    .returning();
  return { endpoint: endpoint!, secret };
}

/** Records a `wallet.created` event through the real outbox in `tx` (or its own transaction); returns the event id. */
export async function recordTestEvent(db: DbOrTx, entityUuid: string): Promise<string> {
  const walletUuid = randomUUID();
  const event = {
    subject: { type: 'wallet', id: walletUuid },
    data: { wallet_uuid: walletUuid, wallet_kind: 'payment', wallet_status: 'active', currency: 'BRL' },
  } as const;
  if ('rollback' in db) return (await recordEvent(db, entityUuid, walletCreated, event)).eventUuid;
  return (db as Db).transaction(async (tx) => (await recordEvent(tx, entityUuid, walletCreated, event)).eventUuid);
}

export async function deliveriesOfEvent(db: Db, eventUuid: string) {
  return db.select().from(webhookDelivery).where(eq(webhookDelivery.eventUuid, eventUuid));
}

export async function attemptsOf(db: Db, deliveryUuid: string) {
  return db.select().from(webhookAttempt).where(eq(webhookAttempt.deliveryUuid, deliveryUuid)).orderBy(webhookAttempt.attemptNumber);
}

/** The `webhook-delivery` jobs pg-boss holds for a delivery, in attempt order. */
export async function deliveryJobs(db: Db, deliveryUuid: string) {
  const rows = await db.execute<{ attempt: number; start_after: string | Date; state: string }>(
    sql`select (data->>'attempt')::int as attempt, start_after, state from pgboss.job
        where name = 'webhook-delivery' and data->>'deliveryUuid' = ${deliveryUuid} order by (data->>'attempt')::int`,
  );
  return [...rows].map((row) => ({ ...row, start_after: new Date(row.start_after) }));
}

/** Polls `check` until it returns a truthy value (the worker runs on its own clock); fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
