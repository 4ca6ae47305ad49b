import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { auditEvent, idempotencyKey } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { SessionUser } from '@/lib/auth/sign-in';
import { AppError } from '@/lib/errors/app-error';
import { testDb } from '@/lib/testing/db';
import { createTestAccount } from '@/lib/testing/factories';

// The session is Next's (a request's cookies); the database is the real one.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('server-only', () => ({}));
vi.mock('@/lib/auth/session', () => ({ requireUser: async () => session.user }));
const { runAction } = await import('./run-action');

const db = await testDb();

async function signedIn() {
  const { account, user } = await createTestAccount(db);
  session.user = { id: user.id, email: user.email, name: user.name, role: user.role, entityUuid: account.entityUuid };
  return account.entityUuid;
}

async function effects(ref: string) {
  const [row] = await db.select({ n: count() }).from(auditEvent).where(and(eq(auditEvent.subjectType, 'test_action'), eq(auditEvent.subjectId, ref)));
  return row!.n;
}

const schema = z.object({ ref: z.string().min(1), refuse: z.boolean().optional() });
const createThing = (input: unknown, key?: string) =>
  runAction(
    'payments.manage',
    schema,
    input,
    async ({ db: actionDb, caller, input }) => {
      await recordAudit(actionDb, caller, { action: 'test.create', subjectType: 'test_action', subjectId: input.ref });
      if (input.refuse) throw new AppError({ status: 409, code: 'thing_exists', message: 'It exists', translation: 'Existe' });
      return { thingId: randomUUID(), clientSecret: 'sk_test_shown_once' };
    },
    { idempotency: { action: 'things.create', key } },
  );

describe('runAction with an idempotency key', () => {
  it('runs once for racing submits with one key and answers them all with the first result, its secret blanked on replays', async () => {
    await signedIn();
    const key = randomUUID();
    const input = { ref: randomUUID() };
    const results = await Promise.all(Array.from({ length: 4 }, () => createThing(input, key)));

    expect(await effects(input.ref)).toBe(1);
    const first = results.find((r) => r.ok && !r.replayed)!;
    expect(first).toMatchObject({ ok: true, data: { clientSecret: 'sk_test_shown_once' } });
    const replays = results.filter((r) => r.ok && r.replayed);
    expect(replays).toHaveLength(3);
    for (const replay of replays) expect(replay).toEqual({ ok: true, replayed: true, data: { thingId: first.ok && first.data.thingId, clientSecret: null } });
  });

  it('keeps the result per account and action, and answers another input with the same key as a conflict', async () => {
    const entityUuid = await signedIn();
    const key = randomUUID();
    const ref = randomUUID();
    await createThing({ ref }, key);
    expect(await db.select({ path: idempotencyKey.path }).from(idempotencyKey).where(and(eq(idempotencyKey.entityUuid, entityUuid), eq(idempotencyKey.key, key)))).toEqual([
      { path: 'things.create' },
    ]);
    expect(await createThing({ ref: randomUUID() }, key)).toMatchObject({ ok: false, error: { code: 'DUPLICATE_REQUEST' } });

    await signedIn();
    expect(await createThing({ ref }, key)).toMatchObject({ ok: true });
    expect(await effects(ref)).toBe(2);
  });

  it('keeps a refusal without its effect, and nothing for invalid input or a bad key', async () => {
    const entityUuid = await signedIn();
    const key = randomUUID();
    const refused = { ref: randomUUID(), refuse: true };
    expect(await createThing(refused, key)).toMatchObject({ ok: false, error: { code: 'thing_exists' } });
    expect(await createThing(refused, key)).toMatchObject({ ok: false, error: { code: 'thing_exists' } });
    expect(await effects(refused.ref)).toBe(0);

    const invalidKey = randomUUID();
    expect(await createThing({ ref: '' }, invalidKey)).toMatchObject({ ok: false, error: { code: 'validation_error' } });
    expect(await db.select().from(idempotencyKey).where(and(eq(idempotencyKey.entityUuid, entityUuid), eq(idempotencyKey.key, invalidKey)))).toEqual([]);
    const ref = randomUUID();
    expect(await createThing({ ref }, '')).toMatchObject({ ok: false, error: { code: 'validation_error' } });
    expect(await effects(ref)).toBe(0);
  });

  it('without a key, runs every submit', async () => {
    await signedIn();
    const input = { ref: randomUUID() };
    await createThing(input);
    await createThing(input);
    expect(await effects(input.ref)).toBe(2);
  });
});
