import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { webhookEndpoint } from '@/db/schema';
import { callRoute } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { openSecret } from '@/lib/webhooks/secret-box';
import { endpointInput, seedEndpoint, webhookTenant } from '@/lib/webhooks/test-fixtures';
import { GET as getOne, PATCH } from './[endpoint_uuid]/route';
import { POST as disable } from './[endpoint_uuid]/disable/route';
import { POST as enable } from './[endpoint_uuid]/enable/route';
import { POST as rotate } from './[endpoint_uuid]/rotate-secret/route';
import { GET as list, POST as create } from './route';

const db = await testDb();
const at = (endpointUuid: string) => ({ params: { endpoint_uuid: endpointUuid }, path: `/api/v1/webhooks/endpoints/${endpointUuid}/` });

describe('/api/v1/webhooks/endpoints', () => {
  it('creates an endpoint (201) showing the signing secret once; reads never show it', async () => {
    const tenant = await webhookTenant(db);
    const created = await callRoute(create, { path: '/api/v1/webhooks/endpoints/', token: tenant.token, body: endpointInput({ description: 'ERP' }) });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      url: 'https://hooks.example.test/wallets',
      webhook_key_last_four: '-123',
      events: ['wallet.created', 'wallet.kyc_approved'],
      format: 'platform',
      description: 'ERP',
      status: 'enabled',
      disabled_reason: null,
      signing_secret: expect.stringMatching(/^whsec_/),
    });
    const secret: string = created.body.signing_secret;
    expect(created.body.secret_last_four).toBe(secret.slice(-4));
    const [row] = await db.select().from(webhookEndpoint).where(eq(webhookEndpoint.endpointUuid, created.body.endpoint_uuid));
    expect(row!.secretCiphertext).not.toContain(secret);
    expect(openSecret(row!.secretCiphertext)).toBe(secret);

    const listed = await callRoute(list, { path: '/api/v1/webhooks/endpoints', token: tenant.token });
    expect(listed.body).toMatchObject({ page: 1, limit: 10, total: 1, pages: 1 });
    expect(listed.body.data[0].endpoint_uuid).toBe(created.body.endpoint_uuid);
    const shown = await callRoute(getOne, { ...at(created.body.endpoint_uuid), token: tenant.token });
    expect(shown.status).toBe(200);
    for (const body of [listed.body, shown.body]) {
      expect(JSON.stringify(body)).not.toContain(secret);
      expect(JSON.stringify(body)).not.toMatch(/signing_secret|secret_ciphertext|shared-key-123/);
    }
  });

  it.each([
    ['no body', undefined],
    ['an http URL with credentials', endpointInput({ url: 'https://me:pw@hooks.example.test/' })],
    ['no events', endpointInput({ events: [] })],
    ['an unknown event', { ...endpointInput(), events: ['payout.sent'] }],
    ['an unknown format', { ...endpointInput(), format: 'soap' }],
  ])('answers 400 for %s and creates nothing', async (_, body) => {
    const tenant = await webhookTenant(db);
    const res = await callRoute(create, { method: 'POST', path: '/api/v1/webhooks/endpoints', token: tenant.token, body });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'validation_error', code: 'validation_error' });
    expect(await db.select().from(webhookEndpoint).where(eq(webhookEndpoint.entityUuid, tenant.account.entityUuid))).toEqual([]);
  });

  it('answers 400 for malformed JSON and a malformed id', async () => {
    const tenant = await webhookTenant(db);
    expect((await callRoute(create, { path: '/x', token: tenant.token, rawBody: '{"url":' })).body.code).toBe('invalid_json');
    expect((await callRoute(getOne, { ...at('not-a-uuid'), token: tenant.token })).status).toBe(400);
  });

  it('changes, disables, enables and rotates an endpoint', async () => {
    const tenant = await webhookTenant(db);
    const { endpoint, signingSecret } = await seedEndpoint(db, tenant);
    const id = endpoint.endpointUuid;

    const patched = await callRoute(PATCH, { ...at(id), method: 'PATCH', token: tenant.token, body: { format: 'qi', events: ['wallet.kyc_rejected'] } });
    expect(patched).toMatchObject({ status: 200, body: { format: 'qi', events: ['wallet.kyc_rejected'], url: endpoint.url } });
    expect((await callRoute(PATCH, { ...at(id), method: 'PATCH', token: tenant.token, body: {} })).status).toBe(400);
    expect((await callRoute(PATCH, { ...at(id), method: 'PATCH', token: tenant.token, body: { url: 'mailto:a@b.c' } })).status).toBe(400);

    const off = await callRoute(disable, { ...at(id), method: 'POST', token: tenant.token });
    expect(off.body).toMatchObject({ status: 'disabled', disabled_reason: 'manual', disabled_at: expect.any(String) });
    const on = await callRoute(enable, { ...at(id), method: 'POST', token: tenant.token });
    expect(on.body).toMatchObject({ status: 'enabled', disabled_reason: null, disabled_at: null });

    const rotated = await callRoute(rotate, { ...at(id), method: 'POST', token: tenant.token });
    expect(rotated.status).toBe(200);
    expect(rotated.body.signing_secret).toMatch(/^whsec_/);
    expect(rotated.body.signing_secret).not.toBe(signingSecret);
    expect(rotated.body.secret_last_four).toBe(rotated.body.signing_secret.slice(-4));
  });

  it('answers another account’s endpoint exactly like a missing one, on every route', async () => {
    const [tenant, other] = [await webhookTenant(db), await webhookTenant(db)];
    const theirs = (await seedEndpoint(db, other)).endpoint.endpointUuid;
    const missing = randomUUID();
    const calls = [
      (id: string) => callRoute(getOne, { ...at(id), token: tenant.token }),
      (id: string) => callRoute(PATCH, { ...at(id), method: 'PATCH', token: tenant.token, body: { format: 'qi' } }),
      (id: string) => callRoute(disable, { ...at(id), method: 'POST', token: tenant.token }),
      (id: string) => callRoute(enable, { ...at(id), method: 'POST', token: tenant.token }),
      (id: string) => callRoute(rotate, { ...at(id), method: 'POST', token: tenant.token }),
    ];
    for (const call of calls) {
      const [foreign, absent] = [await call(theirs), await call(missing)];
      expect(foreign.status).toBe(404);
      expect(foreign.body).toEqual({ error: 'not_found', message: 'Webhook endpoint not found', code: 'errors.webhook_endpoint.not_found' });
      expect(foreign.body).toEqual(absent.body);
    }
    const listed = await callRoute(list, { path: '/x', token: tenant.token });
    expect(listed.body.total).toBe(0);
  });

  it('needs a token, webhook:read to read and webhook:write to change', async () => {
    const tenant = await webhookTenant(db, ['webhook:read']);
    const { endpoint } = await seedEndpoint(db, tenant);
    expect((await callRoute(getOne, { ...at(endpoint.endpointUuid), token: tenant.token })).status).toBe(200);
    const denied = await callRoute(create, { path: '/x', token: tenant.token, body: endpointInput() });
    expect(denied).toMatchObject({ status: 403, body: { code: 'forbidden', details: { missing_scope: 'webhook:write' } } });
    expect((await callRoute(disable, { ...at(endpoint.endpointUuid), method: 'POST', token: tenant.token })).status).toBe(403);
    expect((await callRoute(list, { path: '/x' })).status).toBe(401);
  });
});
