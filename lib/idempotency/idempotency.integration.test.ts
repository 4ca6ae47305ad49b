import { randomUUID } from 'node:crypto';
import { and, count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { auditEvent, idempotencyKey } from '@/db/schema';
import { apiRoute } from '@/lib/api/route';
import { recordAudit } from '@/lib/audit/record';
import { callerFromApi } from '@/lib/auth/caller';
import { AppError } from '@/lib/errors/app-error';
import { callRoute, createTestApiClient } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { createTestAccount } from '@/lib/testing/factories';

const db = await testDb();

// A write route built with the door whose one effect is an audit row for `ref`, so effects can be counted.
const orderSchema = z.object({ ref: z.string().min(1), amount: z.number().int().positive(), fail: z.enum(['refuse', 'crash']).optional() });
const crashedOnce = new Set<string>();
function orderRoute(dialect: 'a55' | 'qi') {
  return apiRoute({
    dialect,
    scope: 'charge:create',
    body: orderSchema,
    handler: async ({ db: handlerDb, actor, body }) => {
      if (body.fail === 'refuse') {
        throw new AppError({ status: 422, code: 'amount_refused', message: 'Refused', translation: 'Recusado' });
      }
      if (body.fail === 'crash' && !crashedOnce.has(body.ref)) {
        crashedOnce.add(body.ref);
        throw new Error('database went away');
      }
      // Long enough for racing requests to overlap while this one holds the key.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await recordAudit(handlerDb, callerFromApi(actor), { action: 'test.order', subjectType: 'test_order', subjectId: body.ref });
      return { status: 201, body: { ref: body.ref, amount: body.amount, order_id: randomUUID(), client_secret: 'sk_test_shown_once' } };
    },
  });
}
const a55Order = orderRoute('a55');
const qiOrder = orderRoute('qi');

async function tenant() {
  const { account } = await createTestAccount(db);
  const { token } = await createTestApiClient(db, { entityUuid: account.entityUuid, scopes: ['charge:create'] });
  return { entityUuid: account.entityUuid, token };
}

async function effects(ref: string) {
  const [row] = await db.select({ n: count() }).from(auditEvent).where(and(eq(auditEvent.subjectType, 'test_order'), eq(auditEvent.subjectId, ref)));
  return row!.n;
}

const post = (route: typeof a55Order, token: string, key: string | undefined, body: unknown) =>
  callRoute(route, { path: '/api/v1/test/orders/', token, body, headers: key ? { 'idempotency-key': key } : {} });

describe('Idempotency-Key', () => {
  it('replays the first answer for the same request, however its JSON is spaced or ordered', async () => {
    const { token } = await tenant();
    const key = randomUUID();
    const ref = randomUUID();
    const first = await post(a55Order, token, key, { ref, amount: 100 });
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();

    const replay = await callRoute(a55Order, {
      path: '/api/v1/test/orders/',
      token,
      rawBody: `{ "amount": 100,\n  "ref": "${ref}" }`,
      headers: { 'idempotency-key': key, 'x-request-id': 'req-replay-0001' },
    });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.headers.get('x-request-id')).toBe('req-replay-0001');
    expect(replay.body.order_id).toBe(first.body.order_id);
    expect(await effects(ref)).toBe(1);
  });

  it('never keeps a secret for a replay', async () => {
    const { token } = await tenant();
    const key = randomUUID();
    const body = { ref: randomUUID(), amount: 1 };
    expect((await post(a55Order, token, key, body)).body.client_secret).toBe('sk_test_shown_once');
    const replay = await post(a55Order, token, key, body);
    expect(replay.body).toMatchObject({ ref: body.ref, client_secret: null });
    const stored = await db.select().from(idempotencyKey).where(eq(idempotencyKey.key, key));
    expect(stored[0]!.responseBody).not.toContain('sk_test_shown_once');
  });

  it('answers 409 in the route dialect when the key comes back with a different request', async () => {
    const { token } = await tenant();
    const key = randomUUID();
    const ref = randomUUID();
    await post(a55Order, token, key, { ref, amount: 100 });
    const a55 = await post(a55Order, token, key, { ref, amount: 101 });
    expect(a55).toMatchObject({ status: 409, body: { error: 'conflict', code: 'DUPLICATE_REQUEST' } });
    const qiKey = randomUUID();
    await post(qiOrder, token, qiKey, { ref: randomUUID(), amount: 1 });
    const qi = await post(qiOrder, token, qiKey, { ref: randomUUID(), amount: 1 });
    expect(qi).toMatchObject({ status: 409, body: { title: 'Conflict', code: 'DUPLICATE_REQUEST', translation: expect.any(String) } });
    expect(await effects(ref)).toBe(1);
  });

  it('keys per account: another account may use the same key', async () => {
    const [one, two] = [await tenant(), await tenant()];
    const key = randomUUID();
    const ref = randomUUID();
    expect((await post(a55Order, one.token, key, { ref, amount: 5 })).status).toBe(201);
    const other = await post(a55Order, two.token, key, { ref, amount: 5 });
    expect(other.status).toBe(201);
    expect(other.headers.get('idempotent-replayed')).toBeNull();
    expect(await effects(ref)).toBe(2);
  });

  it('stores nothing for a request that fails validation', async () => {
    const { entityUuid, token } = await tenant();
    const key = randomUUID();
    const ref = randomUUID();
    expect((await post(a55Order, token, key, { ref, amount: -1 })).status).toBe(400);
    expect(await db.select().from(idempotencyKey).where(and(eq(idempotencyKey.entityUuid, entityUuid), eq(idempotencyKey.key, key)))).toEqual([]);
    const corrected = await post(a55Order, token, key, { ref, amount: 1 });
    expect(corrected.status).toBe(201);
    expect(corrected.headers.get('idempotent-replayed')).toBeNull();
  });

  it('refuses a malformed key before doing anything', async () => {
    const { token } = await tenant();
    const ref = randomUUID();
    const result = await post(a55Order, token, 'x'.repeat(256), { ref, amount: 1 });
    expect(result).toMatchObject({ status: 400, body: { code: 'validation_error' } });
    expect(result.body.message).toContain('Idempotency-Key');
    expect(await effects(ref)).toBe(0);
  });

  it('keeps and replays a handler refusal (4xx), but not a server error (5xx)', async () => {
    const { token } = await tenant();
    const refusedKey = randomUUID();
    const refusal = { ref: randomUUID(), amount: 1, fail: 'refuse' };
    expect((await post(a55Order, token, refusedKey, refusal)).status).toBe(422);
    const replayedRefusal = await post(a55Order, token, refusedKey, refusal);
    expect(replayedRefusal).toMatchObject({ status: 422, body: { code: 'amount_refused' } });
    expect(replayedRefusal.headers.get('idempotent-replayed')).toBe('true');

    const crashKey = randomUUID();
    const crashing = { ref: randomUUID(), amount: 1, fail: 'crash' };
    expect((await post(a55Order, token, crashKey, crashing)).status).toBe(500);
    const retried = await post(a55Order, token, crashKey, crashing);
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
    expect(await effects(crashing.ref)).toBe(1);
  });

  it('lets a key be used afresh once its 24 hours are over', async () => {
    const { entityUuid, token } = await tenant();
    const key = randomUUID();
    const first = { ref: randomUUID(), amount: 1 };
    const [stored] = await (async () => {
      await post(a55Order, token, key, first);
      return db.select().from(idempotencyKey).where(and(eq(idempotencyKey.entityUuid, entityUuid), eq(idempotencyKey.key, key)));
    })();
    const lifetimeHours = (stored!.expiresAt.getTime() - stored!.createdAt.getTime()) / 3_600_000;
    expect(lifetimeHours).toBeCloseTo(24, 5);

    await db
      .update(idempotencyKey)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(and(eq(idempotencyKey.entityUuid, entityUuid), eq(idempotencyKey.key, key)));
    const second = { ref: randomUUID(), amount: 2 };
    const fresh = await post(a55Order, token, key, second);
    expect(fresh.status).toBe(201);
    expect(fresh.headers.get('idempotent-replayed')).toBeNull();
    expect(await effects(second.ref)).toBe(1);
  });

  it('lets many parallel requests with one key cause exactly one effect, all answered alike', async () => {
    const { token } = await tenant();
    const key = randomUUID();
    const body = { ref: randomUUID(), amount: 700 };
    const results = await Promise.all(Array.from({ length: 8 }, () => post(a55Order, token, key, body)));

    expect(await effects(body.ref)).toBe(1);
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(new Set(results.map((r) => r.body.order_id)).size).toBe(1);
    expect(results.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(7);
  });

  it('without a key, the same parallel requests each take effect (the control for the race above)', async () => {
    const { token } = await tenant();
    const body = { ref: randomUUID(), amount: 700 };
    await Promise.all(Array.from({ length: 4 }, () => post(a55Order, token, undefined, body)));
    expect(await effects(body.ref)).toBe(4);
  });
});
