import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { and, count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { auditEvent, idempotencyKey } from '@/db/schema';
import { apiRoute } from '@/lib/api/route';
import { recordAudit } from '@/lib/audit/record';
import { callerFromApi } from '@/lib/auth/caller';
import { callRoute, createTestApiClient } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { createTestAccount } from '@/lib/testing/factories';

const db = await testDb();

// A write whose one effect is an audit row for `ref`, so effects can be counted.
const orderRoute = apiRoute({
  dialect: 'a55',
  scope: 'charge:create',
  body: z.object({ ref: z.string().min(1) }),
  handler: async ({ db: handlerDb, actor, body }) => {
    await recordAudit(handlerDb, callerFromApi(actor), { action: 'test.order', subjectType: 'test_crash_order', subjectId: body.ref });
    return { status: 201, body: { ref: body.ref, order_id: randomUUID() } };
  },
});

/** Sends the same write from a child process that is killed between the effect and the answer. */
function killedMidRequest(token: string, key: string, ref: string): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'lib/idempotency/testing/killed-mid-request.ts', token, key, ref], { stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve(signal));
  });
}

async function tenant() {
  const { account } = await createTestAccount(db);
  const { token } = await createTestApiClient(db, { entityUuid: account.entityUuid, scopes: ['charge:create'] });
  return { entityUuid: account.entityUuid, token };
}

async function effects(ref: string) {
  const [row] = await db.select({ n: count() }).from(auditEvent).where(and(eq(auditEvent.subjectType, 'test_crash_order'), eq(auditEvent.subjectId, ref)));
  return row!.n;
}

async function storedKey(entityUuid: string, key: string) {
  return db.select().from(idempotencyKey).where(and(eq(idempotencyKey.entityUuid, entityUuid), eq(idempotencyKey.key, key)));
}

const post = (token: string, key: string, body: unknown) => callRoute(orderRoute, { path: '/api/v1/test/orders/', token, body, headers: { 'idempotency-key': key } });

describe('a crash between the effect and its stored answer', () => {
  it('when the process is killed after the effect, keeps neither the effect nor the key, and the retry runs once', async () => {
    const { entityUuid, token } = await tenant();
    const key = randomUUID();
    const ref = randomUUID();

    expect(await killedMidRequest(token, key, ref)).toBe('SIGKILL');
    expect(await effects(ref)).toBe(0);
    expect(await storedKey(entityUuid, key)).toEqual([]);

    const retry = await post(token, key, { ref });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    expect(await effects(ref)).toBe(1);
    const replay = await post(token, key, { ref });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.order_id).toBe(retry.body.order_id);
  }, 30_000);

  it('when storing the answer fails, keeps neither the effect nor the key, and the retry runs once', async () => {
    const { entityUuid, token } = await tenant();
    const key = `test-answer-fails-${randomUUID()}`;
    const body = { ref: randomUUID() };
    // The database refuses to store this key's answer (and only this key's: other test files share the table).
    const name = sql.raw(`test_answer_fails_${randomUUID().replaceAll('-', '')}`);
    await db.execute(sql`
      create function ${name}() returns trigger language plpgsql as $$
      begin
        if new.key = ${sql.raw(`'${key}'`)} and new.response_status is not null then raise exception 'disk full (test)'; end if;
        return new;
      end $$`);
    await db.execute(sql`create trigger ${name} before update on idempotency_key for each row execute function ${name}()`);
    try {
      expect((await post(token, key, body)).status).toBe(500);
    } finally {
      await db.execute(sql`drop trigger ${name} on idempotency_key`);
      await db.execute(sql`drop function ${name}()`);
    }
    expect(await effects(body.ref)).toBe(0);
    expect(await storedKey(entityUuid, key)).toEqual([]);

    const retry = await post(token, key, body);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    expect(await effects(body.ref)).toBe(1);
  });
});
