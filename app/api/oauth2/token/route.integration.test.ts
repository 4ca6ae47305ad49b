import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { apiClient, wallet } from '@/db/schema';
import type { Scope } from '@/lib/api/scopes';
import { TOKEN_FAILURE_POLICIES } from '@/lib/credentials/exchange';
import { createApiClient } from '@/lib/credentials/create';
import { revokeApiClient, rotateApiClientSecret } from '@/lib/credentials/manage';
import { callRoute } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { createTestAccount } from '@/lib/testing/factories';
import { GET as tokenInfo } from '@/app/api/v1/token/info/route';
import { POST } from './route';

const db = await testDb();

/** A fresh account with credentials; each test uses its own address so per-IP counters never meet. */
async function setup(scopes: Scope[] = ['wallet:read', 'charge:read'], walletUuid: string | null = null, entityUuid?: string) {
  const owner = entityUuid ?? (await createTestAccount(db)).account.entityUuid;
  const caller = { type: 'user' as const, id: randomUUID(), entityUuid: owner, walletUuid: null };
  const { client, clientSecret } = await createApiClient(db, caller, { entityUuid: owner, name: 'integration', scopes, walletUuid });
  return { caller, client, clientSecret, ip: `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID()}` };
}

function form(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return POST(
    new Request('http://localhost/api/oauth2/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(fields).toString(),
    }),
  );
}

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

async function exchange(clientId: string, clientSecret: string, ip: string) {
  const response = await form({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }, { 'x-forwarded-for': ip });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

describe('POST /api/oauth2/token', () => {
  it('issues a one-hour Bearer JWT for a form body, carrying scopes, client and account, and records the use', async () => {
    const { client, clientSecret, ip } = await setup();
    expect(clientSecret).toMatch(/^sk_test_[A-Za-z0-9_-]{43}$/);
    const { status, headers, body } = await exchange(client.clientId, clientSecret, ip);
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(body).toEqual({ access_token: expect.any(String), expires_in: 3600, token_type: 'Bearer' });
    const claims = decodeJwt(body.access_token);
    expect(claims).toMatchObject({
      iss: 'wallet-platform',
      aud: 'wallet-platform-api',
      sub: client.clientId,
      client_id: client.clientId,
      entity_uuid: client.entityUuid,
      scope: 'wallet:read charge:read',
    });
    expect(claims.exp! - claims.iat!).toBe(3600);
    expect(claims.wallet_uuid).toBeUndefined();

    const [row] = await db.select().from(apiClient).where(eq(apiClient.clientId, client.clientId));
    expect(row!.lastUsedAt).toBeInstanceOf(Date);
    expect(row!.secretHash).not.toContain(clientSecret.slice(8));

    const info = await callRoute(tokenInfo, { path: '/api/v1/token/info/', token: body.access_token });
    expect(info).toMatchObject({
      status: 200,
      body: { client_id: client.clientId, entity_uuid: client.entityUuid, wallet_uuid: null, scopes: ['wallet:read', 'charge:read'] },
    });
  });

  it('takes the credentials in a Basic header, and JSON bodies too', async () => {
    const { client, clientSecret } = await setup();
    const viaBasic = await form({ grant_type: 'client_credentials' }, { authorization: basic(client.clientId, clientSecret) });
    expect(viaBasic.status).toBe(200);

    const viaJson = await POST(
      new Request('http://localhost/api/oauth2/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: clientSecret }),
      }),
    );
    expect(viaJson.status).toBe(200);
    expect((await viaJson.json()).token_type).toBe('Bearer');
  });

  it('narrows the token to requested scopes and refuses scopes the client lacks', async () => {
    const { client, clientSecret } = await setup(['wallet:read', 'wallet:write']);
    const narrowed = await form({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: clientSecret, scope: 'wallet:read' });
    expect(decodeJwt((await narrowed.json()).access_token).scope).toBe('wallet:read');

    const refused = await form({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: clientSecret, scope: 'wallet:read credit:write' });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ error: 'invalid_scope', error_description: 'The client may not request: credit:write' });
  });

  it('answers RFC 6749 errors: invalid_client, unsupported_grant_type, invalid_request', async () => {
    const { client, clientSecret, ip } = await setup();
    const wrong = await exchange(client.clientId, `${clientSecret.slice(0, -1)}x`, ip);
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ error: 'invalid_client', error_description: 'Client authentication failed' });
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Basic /);

    expect((await exchange(randomUUID(), clientSecret, ip)).body.error).toBe('invalid_client');
    expect((await exchange('not-a-uuid', clientSecret, ip)).body.error).toBe('invalid_client');

    const password = await form({ grant_type: 'password', client_id: client.clientId, client_secret: clientSecret });
    expect(password.status).toBe(400);
    expect((await password.json()).error).toBe('unsupported_grant_type');

    const missingGrant = await form({ client_id: client.clientId, client_secret: clientSecret });
    expect(missingGrant.status).toBe(400);
    expect(await missingGrant.json()).toEqual({ error: 'invalid_request', error_description: 'grant_type is required' });

    const both = await form(
      { grant_type: 'client_credentials', client_id: client.clientId, client_secret: clientSecret },
      { authorization: basic(client.clientId, clientSecret) },
    );
    expect(both.status).toBe(400);
    expect((await both.json()).error).toBe('invalid_request');

    const repeated = await POST(
      new Request('http://localhost/api/oauth2/token', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials&grant_type=client_credentials',
      }),
    );
    expect(repeated.status).toBe(400);

    const notJson = await POST(
      new Request('http://localhost/api/oauth2/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' }),
    );
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).error).toBe('invalid_request');

    const noCredentials = await form({ grant_type: 'client_credentials' });
    expect(noCredentials.status).toBe(401);
  });

  it('refuses a revoked client at the token endpoint and its outstanding tokens at the API', async () => {
    const { caller, client, clientSecret, ip } = await setup();
    const { body } = await exchange(client.clientId, clientSecret, ip);
    await revokeApiClient(db, caller, { clientId: client.clientId });

    expect((await exchange(client.clientId, clientSecret, ip)).body.error).toBe('invalid_client');
    const info = await callRoute(tokenInfo, { path: '/api/v1/token/info/', token: body.access_token });
    expect(info.status).toBe(401);
    expect(info.body).toMatchObject({ error: 'unauthorized', code: 'unauthorized' });
  });

  it('after a rotation takes both secrets for 24 hours, then only the new one', async () => {
    const { caller, client, clientSecret: oldSecret, ip } = await setup();
    const rotated = await rotateApiClientSecret(db, caller, { clientId: client.clientId });
    expect(rotated.client.clientId).toBe(client.clientId);
    expect(rotated.clientSecret).not.toBe(oldSecret);
    expect(rotated.client.secretLastFour).toBe(rotated.clientSecret.slice(-4));
    const hoursLeft = (rotated.client.previousSecretExpiresAt!.getTime() - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(23.9);
    expect(hoursLeft).toBeLessThanOrEqual(24);

    expect((await exchange(client.clientId, oldSecret, ip)).status).toBe(200);
    expect((await exchange(client.clientId, rotated.clientSecret, ip)).status).toBe(200);

    // The grace period ends.
    await db
      .update(apiClient)
      .set({ previousSecretExpiresAt: sql`now() - interval '1 second'` })
      .where(eq(apiClient.clientId, client.clientId));
    expect((await exchange(client.clientId, oldSecret, ip)).body.error).toBe('invalid_client');
    expect((await exchange(client.clientId, rotated.clientSecret, ip)).status).toBe(200);

    // A second rotation keeps only the secret it replaces; the oldest stays dead.
    const again = await rotateApiClientSecret(db, caller, { clientId: client.clientId });
    expect((await exchange(client.clientId, oldSecret, ip)).status).toBe(401);
    expect((await exchange(client.clientId, rotated.clientSecret, ip)).status).toBe(200);
    expect((await exchange(client.clientId, again.clientSecret, ip)).status).toBe(200);
  });

  it('puts the wallet of a wallet-level client in its token', async () => {
    const { account, merchant } = await createTestAccount(db);
    const [own] = await db
      .insert(wallet)
      .values({
        entityUuid: account.entityUuid,
        merchantUuid: merchant.merchantUuid,
        kind: 'payment',
        currency: 'BRL',
        status: 'active',
        customerId: 'c-1',
        name: 'Own wallet',
        email: 'own@example.test',
      })
      .returning();
    const { client, clientSecret, ip } = await setup(['wallet:read'], own!.walletUuid, account.entityUuid);
    const { body } = await exchange(client.clientId, clientSecret, ip);
    expect(decodeJwt(body.access_token).wallet_uuid).toBe(own!.walletUuid);
    const info = await callRoute(tokenInfo, { path: '/api/v1/token/info/', token: body.access_token });
    expect(info.body.wallet_uuid).toBe(own!.walletUuid);
  });

  it('rate-limits repeated failures for one client, even with the right secret, with Retry-After', async () => {
    const { client, clientSecret } = await setup();
    const { points } = TOKEN_FAILURE_POLICIES.perClient;
    // Spread over addresses so only the per-client budget is spent.
    for (let attempt = 0; attempt < points; attempt++) {
      expect((await exchange(client.clientId, 'sk_test_wrong', `203.0.113.${attempt}-${randomUUID()}`)).status).toBe(401);
    }
    const blocked = await exchange(client.clientId, clientSecret, `203.0.113.250-${randomUUID()}`);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error).toBe('too_many_requests');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('rate-limits repeated failures from one address across clients', async () => {
    const { client, clientSecret, ip } = await setup();
    const { points } = TOKEN_FAILURE_POLICIES.perIp;
    for (let attempt = 0; attempt < points; attempt++) {
      expect((await exchange(randomUUID(), 'sk_test_wrong', ip)).status).toBe(401);
    }
    const blocked = await exchange(client.clientId, clientSecret, ip);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toMatch(/^\d+$/);
    // Another address is not affected.
    expect((await exchange(client.clientId, clientSecret, `${ip}-other`)).status).toBe(200);
  });
});
