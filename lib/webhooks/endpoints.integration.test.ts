import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvent, webhookEndpoint } from '@/db/schema';
import { testDb } from '@/lib/testing/db';
import {
  assertDeliverableUrl,
  createWebhookEndpoint,
  disableWebhookEndpoint,
  enableWebhookEndpoint,
  getWebhookEndpoint,
  listWebhookEndpoints,
  rotateWebhookEndpointSecret,
  updateWebhookEndpoint,
} from './endpoints';
import { createEndpointSchema, updateEndpointSchema } from './schemas';
import { openSecret } from './secret-box';
import { endpointInput, seedEndpoint, seedEvent, webhookTenant } from './test-fixtures';
import { a55ListBody } from '@/lib/pagination/keyset';

const db = await testDb();

async function auditTrail(endpointUuid: string) {
  return db
    .select({ action: auditEvent.action, data: auditEvent.data, actorId: auditEvent.actorId })
    .from(auditEvent)
    .where(and(eq(auditEvent.subjectType, 'webhook_endpoint'), eq(auditEvent.subjectId, endpointUuid)))
    .orderBy(auditEvent.id);
}

describe('webhook endpoint management', () => {
  it('creates an endpoint whose signing secret is returned once and stored sealed, audited', async () => {
    const tenant = await webhookTenant(db);
    const { endpoint, signingSecret } = await createWebhookEndpoint(
      db,
      tenant.caller,
      endpointInput({ events: ['wallet.kyc_rejected', 'wallet.created', 'wallet.created'], description: '' }),
    );
    expect(signingSecret).toMatch(/^whsec_[A-Za-z0-9_-]{40,}$/);
    expect(endpoint).toMatchObject({ status: 'enabled', description: null, secretLastFour: signingSecret.slice(-4), events: ['wallet.created', 'wallet.kyc_rejected'] });

    const [row] = await db.select().from(webhookEndpoint).where(eq(webhookEndpoint.endpointUuid, endpoint.endpointUuid));
    expect(JSON.stringify(row)).not.toContain(signingSecret);
    expect(row!.secretCiphertext).toMatch(/^v1\./);
    expect(openSecret(row!.secretCiphertext)).toBe(signingSecret);

    expect(await auditTrail(endpoint.endpointUuid)).toEqual([
      { action: 'webhook_endpoint.created', actorId: tenant.caller.id, data: { url: endpoint.url, events: endpoint.events, format: 'platform' } },
    ]);
    expect(JSON.stringify(await auditTrail(endpoint.endpointUuid))).not.toContain(signingSecret);
  });

  it('lists only the account’s own endpoints, newest first, and answers foreign ids like missing ones', async () => {
    const [mine, theirs] = [await webhookTenant(db), await webhookTenant(db)];
    const first = await seedEndpoint(db, mine);
    const second = await seedEndpoint(db, mine, { url: 'https://hooks.example.test/second' });
    const foreign = await seedEndpoint(db, theirs);

    const page = await listWebhookEndpoints(db, mine.caller, { page: 1, limit: 10 });
    expect(a55ListBody({ page: 1, limit: 10 }, page, (row) => row)).toMatchObject({ total: 2, pages: 1, has_more: false, next_cursor: null });
    expect(page.rows.map((r) => r.endpointUuid)).toEqual([second.endpoint.endpointUuid, first.endpoint.endpointUuid]);

    const id = foreign.endpoint.endpointUuid;
    for (const attempt of [
      () => getWebhookEndpoint(db, mine.caller, id),
      () => updateWebhookEndpoint(db, mine.caller, id, { url: 'https://evil.example.test' }),
      () => disableWebhookEndpoint(db, mine.caller, id),
      () => enableWebhookEndpoint(db, mine.caller, id),
      () => rotateWebhookEndpointSecret(db, mine.caller, id),
      () => getWebhookEndpoint(db, mine.caller, randomUUID()),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ status: 404, code: 'errors.webhook_endpoint.not_found' });
    }
    const [untouched] = await db.select().from(webhookEndpoint).where(eq(webhookEndpoint.endpointUuid, id));
    expect(untouched).toMatchObject({ url: foreign.endpoint.url, status: 'enabled', secretCiphertext: foreign.endpoint.secretCiphertext });
  });

  it('updates only the given fields and records which ones changed', async () => {
    const tenant = await webhookTenant(db);
    const { endpoint } = await seedEndpoint(db, tenant, { description: 'ERP' });
    const updated = await updateWebhookEndpoint(db, tenant.caller, endpoint.endpointUuid, { format: 'qi', events: ['wallet.kyc_rejected'], description: '' });
    expect(updated).toMatchObject({ url: endpoint.url, webhookKey: endpoint.webhookKey, format: 'qi', events: ['wallet.kyc_rejected'], description: null });
    expect(updated.secretCiphertext).toBe(endpoint.secretCiphertext);
    const trail = await auditTrail(endpoint.endpointUuid);
    expect(trail.at(-1)).toMatchObject({ action: 'webhook_endpoint.updated', data: { changed: ['description', 'events', 'format'] } });
  });

  it('refuses a subscription its format cannot carry, on create and on update, changing nothing', async () => {
    const tenant = await webhookTenant(db);
    const refusal = { status: 400, code: 'validation_error', problems: [expect.objectContaining({ field: 'events' })] };
    await expect(createWebhookEndpoint(db, tenant.caller, endpointInput({ format: 'a55' }))).rejects.toMatchObject(refusal);
    expect(await db.select().from(webhookEndpoint).where(eq(webhookEndpoint.entityUuid, tenant.account.entityUuid))).toEqual([]);

    // Either half of the pair may change alone: the check is on the resulting format and events.
    const { endpoint } = await seedEndpoint(db, tenant);
    await expect(updateWebhookEndpoint(db, tenant.caller, endpoint.endpointUuid, { format: 'a55' })).rejects.toMatchObject(refusal);
    await expect(updateWebhookEndpoint(db, tenant.caller, endpoint.endpointUuid, { format: 'a55', events: ['wallet.limit_changed'] })).rejects.toMatchObject(refusal);
    const [unchanged] = await db.select().from(webhookEndpoint).where(eq(webhookEndpoint.endpointUuid, endpoint.endpointUuid));
    expect(unchanged).toMatchObject({ format: 'platform', events: endpoint.events, updatedAt: endpoint.updatedAt });
    expect((await auditTrail(endpoint.endpointUuid)).map((a) => a.action)).toEqual(['webhook_endpoint.created']);
  });

  it('disables by hand and enables again; a disabled endpoint gets no new deliveries', async () => {
    const tenant = await webhookTenant(db);
    const { endpoint } = await seedEndpoint(db, tenant);
    const off = await disableWebhookEndpoint(db, tenant.caller, endpoint.endpointUuid);
    expect(off).toMatchObject({ status: 'disabled', disabledReason: 'manual' });
    expect(off.disabledAt).toBeInstanceOf(Date);
    expect((await disableWebhookEndpoint(db, tenant.caller, endpoint.endpointUuid)).disabledAt).toEqual(off.disabledAt);
    expect((await seedEvent(db, tenant)).deliveries).toEqual([]);

    const on = await enableWebhookEndpoint(db, tenant.caller, endpoint.endpointUuid);
    expect(on).toMatchObject({ status: 'enabled', disabledReason: null, disabledAt: null });
    expect((await seedEvent(db, tenant)).deliveries.map((d) => d.endpointUuid)).toEqual([endpoint.endpointUuid]);

    expect((await auditTrail(endpoint.endpointUuid)).map((a) => a.action)).toEqual([
      'webhook_endpoint.created',
      'webhook_endpoint.disabled',
      'webhook_endpoint.enabled',
    ]);
  });

  it('enables an endpoint the platform disabled for failing, clearing the reason', async () => {
    const tenant = await webhookTenant(db);
    const { endpoint } = await seedEndpoint(db, tenant);
    await db
      .update(webhookEndpoint)
      .set({ status: 'disabled', disabledReason: 'failing', disabledAt: new Date() })
      .where(eq(webhookEndpoint.endpointUuid, endpoint.endpointUuid));
    // Switching it off by hand keeps the platform's reason, so its notice stays until someone enables it.
    expect(await disableWebhookEndpoint(db, tenant.caller, endpoint.endpointUuid)).toMatchObject({ disabledReason: 'failing' });
    const on = await enableWebhookEndpoint(db, tenant.caller, endpoint.endpointUuid);
    expect(on).toMatchObject({ status: 'enabled', disabledReason: null, disabledAt: null });
    expect((await auditTrail(endpoint.endpointUuid)).at(-1)).toMatchObject({ action: 'webhook_endpoint.enabled', data: { previous_reason: 'failing' } });
  });

  it('rotates the signing secret: a new one, shown once, sealed in place of the old', async () => {
    const tenant = await webhookTenant(db);
    const { endpoint, signingSecret } = await seedEndpoint(db, tenant);
    const rotated = await rotateWebhookEndpointSecret(db, tenant.caller, endpoint.endpointUuid);
    expect(rotated.signingSecret).not.toBe(signingSecret);
    expect(rotated.endpoint.secretLastFour).toBe(rotated.signingSecret.slice(-4));
    const [row] = await db.select().from(webhookEndpoint).where(eq(webhookEndpoint.endpointUuid, endpoint.endpointUuid));
    expect(openSecret(row!.secretCiphertext)).toBe(rotated.signingSecret);
    const trail = await auditTrail(endpoint.endpointUuid);
    expect(trail.at(-1)).toMatchObject({ action: 'webhook_endpoint.secret_rotated', data: { secret_last_four: rotated.signingSecret.slice(-4) } });
    expect(JSON.stringify(trail)).not.toContain(rotated.signingSecret);
  });

  it('refuses wallet-level callers', async () => {
    const tenant = await webhookTenant(db);
    const walletCaller = { ...tenant.caller, walletUuid: randomUUID() };
    await expect(createWebhookEndpoint(db, walletCaller, endpointInput())).rejects.toMatchObject({ status: 403 });
    await expect(listWebhookEndpoints(db, walletCaller, { page: 1, limit: 10 })).rejects.toMatchObject({ status: 403 });
  });
});

describe('endpoint validation', () => {
  const valid = endpointInput();
  it.each([
    ['a relative URL', { url: '/hooks' }],
    ['an ftp URL', { url: 'ftp://hooks.example.test/' }],
    ['credentials in the URL', { url: 'https://user:pass@hooks.example.test/' }],
    ['a URL over 2048 characters', { url: `https://hooks.example.test/${'a'.repeat(2048)}` }],
    ['no events', { events: [] }],
    ['an unknown event', { events: ['charge.teleported'] }],
    ['an unknown format', { format: 'xml' }],
    ['an empty webhook key', { webhook_key: '  ' }],
    ['a webhook key with a line break', { webhook_key: 'a\nb' }],
  ])('refuses %s', (_, change) => {
    expect(createEndpointSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });

  it('accepts http outside production and requires https in production', () => {
    expect(createEndpointSchema.safeParse({ ...valid, url: 'http://127.0.0.1:9999/hooks' }).success).toBe(true);
    expect(() => assertDeliverableUrl('http://127.0.0.1:9999/hooks', false)).not.toThrow();
    expect(() => assertDeliverableUrl('http://hooks.example.test/', true)).toThrow(expect.objectContaining({ status: 400, problems: [expect.objectContaining({ field: 'url' })] }));
    expect(() => assertDeliverableUrl('https://hooks.example.test/', true)).not.toThrow();
  });

  it('wants at least one field in an update', () => {
    expect(updateEndpointSchema.safeParse({}).success).toBe(false);
    expect(updateEndpointSchema.safeParse({ format: 'qi' }).success).toBe(true);
  });
});
