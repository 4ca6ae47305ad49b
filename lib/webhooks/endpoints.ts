import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { webhookEndpoint } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Caller } from '@/lib/auth/caller';
import { isProductionApp } from '@/lib/env';
import { webhookErrors } from './errors';
import type { CreateEndpointInput, EndpointListQuery, UpdateEndpointInput } from './schemas';
import { generateSigningSecret, sealSecret } from './secret-box';
import { assertSubscribable, canonicalEvents } from './subscriptions';
import { offsetPage } from '@/lib/api/offset-page';

type EndpointRow = typeof webhookEndpoint.$inferSelect;

/**
 * Production deliveries carry signed business events, so they go over TLS only; development and
 * tests post to plain-http local receivers.
 */
export function assertDeliverableUrl(url: string, production = isProductionApp()): void {
  if (production && new URL(url).protocol !== 'https:') throw webhookErrors.httpsRequired();
}

/**
 * A new endpoint of the caller's account, enabled at once. The signing secret is sealed at rest
 * (it must stay readable to sign with) and the plaintext in the answer is its only copy.
 */
export async function createWebhookEndpoint(db: Db, caller: Caller, input: CreateEndpointInput) {
  assertAccountLevel(caller);
  assertDeliverableUrl(input.url);
  assertSubscribable(input.events, input.format);
  const signingSecret = generateSigningSecret();
  return db.transaction(async (tx) => {
    const [endpoint] = await tx
      .insert(webhookEndpoint)
      .values({
        entityUuid: caller.entityUuid,
        url: input.url,
        description: input.description || null,
        webhookKey: input.webhook_key,
        events: canonicalEvents(input.events),
        format: input.format,
        secretCiphertext: sealSecret(signingSecret),
        secretLastFour: signingSecret.slice(-4),
      })
      .returning();
    await recordAudit(tx, caller, {
      action: 'webhook_endpoint.created',
      subjectType: 'webhook_endpoint',
      subjectId: endpoint!.endpointUuid,
      data: { url: endpoint!.url, events: endpoint!.events, format: endpoint!.format },
    });
    return { endpoint: endpoint!, signingSecret };
  });
}

/** The account's endpoints, newest first. */
export async function listWebhookEndpoints(db: DbOrTx, caller: Caller, query: EndpointListQuery) {
  assertAccountLevel(caller);
  const where = eq(webhookEndpoint.entityUuid, caller.entityUuid);
  const [rows, [totals]] = await Promise.all([
    db
      .select()
      .from(webhookEndpoint)
      .where(where)
      .orderBy(desc(webhookEndpoint.createdAt), desc(webhookEndpoint.endpointUuid))
      .limit(query.limit)
      .offset((query.page - 1) * query.limit),
    db.select({ total: count() }).from(webhookEndpoint).where(where),
  ]);
  return offsetPage(query, totals?.total ?? 0, rows);
}

/** One endpoint; another account's or a missing one are the same 404. */
export async function getWebhookEndpoint(db: DbOrTx, caller: Caller, endpointUuid: string): Promise<EndpointRow> {
  assertAccountLevel(caller);
  const [row] = await db.select().from(webhookEndpoint).where(ownEndpoint(caller, endpointUuid));
  if (!row) throw webhookErrors.endpointNotFound();
  return row;
}

/** Changes the given fields; an empty description clears it. Events already queued keep their body. */
export async function updateWebhookEndpoint(db: Db, caller: Caller, endpointUuid: string, input: UpdateEndpointInput) {
  assertAccountLevel(caller);
  if (input.url !== undefined) assertDeliverableUrl(input.url);
  return db.transaction(async (tx) => {
    const current = await lockEndpoint(tx, caller, endpointUuid);
    assertSubscribable(input.events ?? current.events, input.format ?? current.format);
    const [updated] = await tx
      .update(webhookEndpoint)
      .set({
        url: input.url,
        description: input.description === undefined ? undefined : input.description || null,
        webhookKey: input.webhook_key,
        events: input.events && canonicalEvents(input.events),
        format: input.format,
        updatedAt: sql`now()`,
      })
      .where(eq(webhookEndpoint.endpointUuid, endpointUuid))
      .returning();
    // Field names only: the X-Webhook-Key value is the receiver's shared key and stays out of the trail.
    const changed = Object.keys(input)
      .filter((field) => input[field as keyof UpdateEndpointInput] !== undefined)
      .sort();
    await recordAudit(tx, caller, { action: 'webhook_endpoint.updated', subjectType: 'webhook_endpoint', subjectId: endpointUuid, data: { changed } });
    return updated!;
  });
}

/**
 * Stops deliveries to the endpoint: new events skip it. Disabling a disabled endpoint answers it
 * unchanged, keeping why it was disabled first (the platform's `failing` notice stays visible).
 */
export async function disableWebhookEndpoint(db: Db, caller: Caller, endpointUuid: string) {
  assertAccountLevel(caller);
  return db.transaction(async (tx) => {
    const current = await lockEndpoint(tx, caller, endpointUuid);
    if (current.status === 'disabled') return current;
    const [updated] = await tx
      .update(webhookEndpoint)
      .set({ status: 'disabled', disabledReason: 'manual', disabledAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(webhookEndpoint.endpointUuid, endpointUuid))
      .returning();
    await recordAudit(tx, caller, { action: 'webhook_endpoint.disabled', subjectType: 'webhook_endpoint', subjectId: endpointUuid, data: { reason: 'manual' } });
    return updated!;
  });
}

/** Turns an endpoint back on, whoever disabled it; events from now on reach it again. */
export async function enableWebhookEndpoint(db: Db, caller: Caller, endpointUuid: string) {
  assertAccountLevel(caller);
  return db.transaction(async (tx) => {
    const current = await lockEndpoint(tx, caller, endpointUuid);
    if (current.status === 'enabled') return current;
    const [updated] = await tx
      .update(webhookEndpoint)
      .set({ status: 'enabled', disabledReason: null, disabledAt: null, updatedAt: sql`now()` })
      .where(eq(webhookEndpoint.endpointUuid, endpointUuid))
      .returning();
    await recordAudit(tx, caller, {
      action: 'webhook_endpoint.enabled',
      subjectType: 'webhook_endpoint',
      subjectId: endpointUuid,
      data: { previous_reason: current.disabledReason },
    });
    return updated!;
  });
}

/**
 * A new signing secret, in force at once: attempts from now on are signed with it, so the
 * receiver must switch to it (the answer is its only copy).
 */
export async function rotateWebhookEndpointSecret(db: Db, caller: Caller, endpointUuid: string) {
  assertAccountLevel(caller);
  const signingSecret = generateSigningSecret();
  return db.transaction(async (tx) => {
    await lockEndpoint(tx, caller, endpointUuid);
    const [updated] = await tx
      .update(webhookEndpoint)
      .set({ secretCiphertext: sealSecret(signingSecret), secretLastFour: signingSecret.slice(-4), updatedAt: sql`now()` })
      .where(eq(webhookEndpoint.endpointUuid, endpointUuid))
      .returning();
    await recordAudit(tx, caller, {
      action: 'webhook_endpoint.secret_rotated',
      subjectType: 'webhook_endpoint',
      subjectId: endpointUuid,
      data: { secret_last_four: updated!.secretLastFour },
    });
    return { endpoint: updated!, signingSecret };
  });
}

export function assertAccountLevel(caller: Caller): void {
  if (caller.walletUuid) throw webhookErrors.accountLevelOnly();
}

function ownEndpoint(caller: Caller, endpointUuid: string) {
  return and(eq(webhookEndpoint.entityUuid, caller.entityUuid), eq(webhookEndpoint.endpointUuid, endpointUuid));
}

async function lockEndpoint(tx: DbOrTx, caller: Caller, endpointUuid: string): Promise<EndpointRow> {
  const [row] = await tx.select().from(webhookEndpoint).where(ownEndpoint(caller, endpointUuid)).for('update');
  if (!row) throw webhookErrors.endpointNotFound();
  return row;
}
