import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { auditEvent } from '@/db/schema';
import { apiRoute } from '@/lib/api/route';
import { recordAudit } from '@/lib/audit/record';
import { callerFromApi } from '@/lib/auth/caller';
import { AppError } from '@/lib/errors/app-error';
import { callRoute, createTestApiClient } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { createTestAccount } from '@/lib/testing/factories';
import { runIdempotently } from './guard';
import type { KeyedRequest } from './store';

const db = await testDb();

async function tenant() {
  const { account } = await createTestAccount(db);
  return account.entityUuid;
}

function keyed(entityUuid: string): KeyedRequest {
  return { entityUuid, key: randomUUID(), method: 'POST', path: '/api/v1/test/orders/', requestHash: 'same-request' };
}

async function effect(handlerDb: DbOrTx, entityUuid: string, ref: string) {
  await recordAudit(handlerDb, { type: 'system', id: 'test', entityUuid }, { action: 'test.order', subjectType: 'test_guard_order', subjectId: ref });
}

async function effects(ref: string) {
  const [row] = await db.select({ n: count() }).from(auditEvent).where(and(eq(auditEvent.subjectType, 'test_guard_order'), eq(auditEvent.subjectId, ref)));
  return row!.n;
}

/** A promise with its resolver outside, to hold a request at a known point. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

const answer = (status: number, body: object) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('runIdempotently', () => {
  it('answers REQUEST_IN_PROGRESS (retryable) when the key is held past the wait, then replays once the holder commits', async () => {
    const request = keyed(await tenant());
    const claimed = gate();
    const release = gate();
    const holder = runIdempotently(db, request, async () => {
      claimed.open();
      await release.opened;
      return answer(201, { n: 1 });
    });
    await claimed.opened;

    const started = Date.now();
    await expect(runIdempotently(db, request, async () => answer(201, { n: 2 }), { waitMs: 300 })).rejects.toMatchObject({
      status: 409,
      code: 'REQUEST_IN_PROGRESS',
      headers: { 'Retry-After': '1' },
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);

    release.open();
    expect((await holder).status).toBe(201);
    const replay = await runIdempotently(db, request, async () => answer(201, { n: 3 }));
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await replay.json()).toEqual({ n: 1 });
  });

  it('lets a waiting request run afresh when the holder fails and rolls back', async () => {
    const request = keyed(await tenant());
    const claimed = gate();
    const release = gate();
    const holder = runIdempotently(db, request, async () => {
      claimed.open();
      await release.opened;
      return answer(503, { error: 'upstream down' });
    });
    await claimed.opened;
    const waiter = runIdempotently(db, request, async () => answer(201, { n: 2 }));
    release.open();

    expect((await holder).status).toBe(503);
    const ran = await waiter;
    expect(ran.status).toBe(201);
    expect(ran.headers.get('idempotent-replayed')).toBeNull();
    expect(await ran.json()).toEqual({ n: 2 });
  });

  it('rolls back what a refused (4xx) request wrote, and replays the refusal', async () => {
    const entityUuid = await tenant();
    const request = keyed(entityUuid);
    const ref = randomUUID();
    const refused = await runIdempotently(db, request, async (tx) => {
      await effect(tx, entityUuid, ref);
      return answer(422, { code: 'amount_refused' });
    });
    expect(refused.status).toBe(422);
    expect(await effects(ref)).toBe(0);

    const replay = await runIdempotently(db, request, async () => answer(201, {}));
    expect(replay.status).toBe(422);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
  });
});

describe('apiRoute: the Idempotency-Key header', () => {
  const route = (dialect: 'a55' | 'qi') =>
    apiRoute({
      dialect,
      scope: 'charge:create',
      body: z.object({ ref: z.string() }),
      handler: async ({ db: handlerDb, actor, body }) => {
        await recordAudit(handlerDb, callerFromApi(actor), { action: 'test.order', subjectType: 'test_guard_order', subjectId: body.ref });
        if (body.ref.startsWith('refuse')) throw new AppError({ status: 409, code: 'state_conflict', message: 'No', translation: 'Não' });
        return { status: 201, body };
      },
    });

  it('refuses an empty key with a 400 in the route dialect, doing nothing', async () => {
    const entityUuid = await tenant();
    const { token } = await createTestApiClient(db, { entityUuid, scopes: ['charge:create'] });
    const ref = randomUUID();
    const a55 = await callRoute(route('a55'), { path: '/x', token, body: { ref }, headers: { 'idempotency-key': '' } });
    expect(a55).toMatchObject({ status: 400, body: { error: 'validation_error', code: 'validation_error' } });
    expect(a55.body.message).toContain('Idempotency-Key');
    const qi = await callRoute(route('qi'), { path: '/x', token, body: { ref }, headers: { 'idempotency-key': '' } });
    expect(qi).toMatchObject({ status: 400, body: { code: 'QIT000001', extra_fields: { 'Idempotency-Key': expect.any(String) } } });
    expect(await effects(ref)).toBe(0);
  });

  it('keeps no effect of a handler that wrote and then refused, and replays the refusal', async () => {
    const entityUuid = await tenant();
    const { token } = await createTestApiClient(db, { entityUuid, scopes: ['charge:create'] });
    const ref = `refuse-${randomUUID()}`;
    const headers = { 'idempotency-key': randomUUID() };
    expect((await callRoute(route('a55'), { path: '/x', token, body: { ref }, headers })).status).toBe(409);
    expect(await effects(ref)).toBe(0);
    const replay = await callRoute(route('a55'), { path: '/x', token, body: { ref }, headers });
    expect(replay).toMatchObject({ status: 409, body: { code: 'state_conflict' } });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await effects(ref)).toBe(0);
  });
});
