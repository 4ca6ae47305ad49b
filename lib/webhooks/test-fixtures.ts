import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { webhookAttempt, webhookDelivery } from '@/db/schema';
import type { Scope } from '@/lib/api/scopes';
import type { Caller } from '@/lib/auth/caller';
import { createTestApiClient } from '@/lib/testing/api';
import { createTestAccount } from '@/lib/testing/factories';
import { createWebhookEndpoint } from './endpoints';
import { eventDefinition, type WebhookEventType } from './catalogue';
import { recordEvent } from './outbox';
import type { CreateEndpointInput } from './schemas';

/** A fresh account with a dashboard caller for the services and an API token for the routes. */
export async function webhookTenant(db: Db, scopes: Scope[] = ['webhook:read', 'webhook:write']) {
  const tenant = await createTestAccount(db);
  const { token } = await createTestApiClient(db, { entityUuid: tenant.account.entityUuid, scopes });
  const caller: Caller = { type: 'user', id: tenant.user.id, entityUuid: tenant.account.entityUuid, walletUuid: null };
  return { ...tenant, token, caller };
}
export type WebhookTenant = Awaited<ReturnType<typeof webhookTenant>>;

export function endpointInput(overrides: Partial<CreateEndpointInput> = {}): CreateEndpointInput {
  return {
    url: 'https://hooks.example.test/wallets',
    webhook_key: 'shared-key-123',
    events: ['wallet.created', 'wallet.kyc_approved'],
    format: 'platform',
    ...overrides,
  };
}

export async function seedEndpoint(db: Db, tenant: WebhookTenant, overrides: Partial<CreateEndpointInput> = {}) {
  return createWebhookEndpoint(db, tenant.caller, endpointInput(overrides));
}

/** Commits one wallet event through the real outbox; returns it with the deliveries it fanned out to. */
export async function seedEvent(db: Db, tenant: WebhookTenant, type: WebhookEventType = 'wallet.created') {
  const walletUuid = randomUUID();
  const { eventUuid } = await db.transaction((tx) =>
    recordEvent(tx, tenant.account.entityUuid, eventDefinition(type), {
      subject: { type: 'wallet', id: walletUuid },
      data: {
        wallet_uuid: walletUuid,
        wallet_kind: 'credit',
        wallet_status: 'active',
        currency: 'BRL',
        owner_person_key: randomUUID(),
        ...(type === 'wallet.kyc_rejected' ? { reason: 'Document photo unreadable' } : {}),
        ...(type === 'wallet.limit_changed'
          ? { wallet_limit: { wallet_limit_key: randomUUID(), limit_type: 'postpaid_credit_limit', limit_amount_minor: '100000', used_limit_minor: '0' } }
          : {}),
      },
    }),
  );
  const deliveries = await db.select().from(webhookDelivery).where(eq(webhookDelivery.eventUuid, eventUuid));
  return { eventUuid, walletUuid, deliveries };
}

/** An attempt row as the delivery worker writes it (that worker has tests of its own). */
export async function insertAttempt(db: Db, deliveryUuid: string, attemptNumber: number, outcome: { status: number | null; error?: string }) {
  const succeeded = outcome.status !== null && outcome.status < 300;
  await db.insert(webhookAttempt).values({
    entityUuid: sql`(select ${webhookDelivery.entityUuid} from ${webhookDelivery} where ${webhookDelivery.deliveryUuid} = ${deliveryUuid})`,
    deliveryUuid,
    attemptNumber,
    requestUrl: 'https://hooks.example.test/wallets',
    requestHeaders: { 'Content-Type': 'application/json', 'X-Webhook-Timestamp': '1700000000', 'X-Webhook-Signature': `sig-${attemptNumber}` },
    responseStatus: outcome.status,
    responseBodyExcerpt: outcome.status === null ? null : `answer ${attemptNumber}`,
    error: outcome.error ?? null,
    succeeded,
    retryable: !succeeded,
    durationMs: 12 * attemptNumber,
    startedAt: new Date(Date.UTC(2026, 0, 1, 0, attemptNumber)),
  });
  await db
    .update(webhookDelivery)
    .set({ attemptCount: attemptNumber, lastAttemptAt: sql`now()`, status: succeeded ? 'succeeded' : 'pending' })
    .where(eq(webhookDelivery.deliveryUuid, deliveryUuid));
}

/** The pg-boss jobs queued for a delivery. */
export async function queuedJobs(db: Db, deliveryUuid: string) {
  const rows = await db.execute<{ name: string; data: { deliveryUuid: string; attempt: number } }>(
    sql`select name, data from pgboss.job where name = 'webhook-delivery' and data->>'deliveryUuid' = ${deliveryUuid}`,
  );
  return [...rows];
}

export async function deliveryRow(db: Db, deliveryUuid: string) {
  const [row] = await db.select().from(webhookDelivery).where(eq(webhookDelivery.deliveryUuid, deliveryUuid));
  return row;
}
