import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { user } from '@/db/schema';
import { callerFromUser, operatorFromUser } from '@/lib/auth/caller';
import { createTestAccount, createTestOperator } from '@/lib/testing/factories';
import { testDb } from '@/lib/testing/db';
import { listAuditEvents, type AuditRow } from './queries';
import { recordAudit, type Actor } from './record';

const db = await testDb();

/** Two accounts with a few events each, by their owners, an API client and a member since removed. */
async function scenario() {
  const [a, b] = await Promise.all([createTestAccount(db), createTestAccount(db)]);
  const owner: Actor = { type: 'user', id: a.user.id, entityUuid: a.account.entityUuid };
  const client: Actor = { type: 'api_client', id: `client_${randomUUID().slice(0, 8)}`, entityUuid: a.account.entityUuid };
  const [leaver] = await db
    .insert(user)
    .values({ entityUuid: a.account.entityUuid, email: `leaver-${randomUUID().slice(0, 8)}@example.test`, name: 'Leaver', role: 'viewer', passwordHash: 'x' })
    .returning();
  await recordAudit(db, owner, { action: 'member.role_changed', subjectType: 'user', subjectId: leaver!.id, data: { from: 'viewer', to: 'finance' } });
  await recordAudit(db, { type: 'user', id: leaver!.id, entityUuid: a.account.entityUuid }, { action: 'member.left', subjectType: 'user', subjectId: leaver!.id });
  await db.delete(user).where(eq(user.id, leaver!.id));
  await recordAudit(db, client, { action: 'wallet.created', subjectType: 'wallet', subjectId: randomUUID(), data: { currency: 'BRL' } });
  await recordAudit(db, { type: 'user', id: b.user.id, entityUuid: b.account.entityUuid }, { action: 'member.removed', subjectType: 'user', subjectId: randomUUID() });
  const operator = operatorFromUser((await createTestOperator(db)).user);
  return { a, b, client, leaver: leaver!, operator };
}

const actions = (rows: AuditRow[]) => rows.map((row) => row.action);

describe('listAuditEvents', () => {
  it("shows an owner only their account's trail, newest first, whatever account the filters name", async () => {
    const { a, b, leaver, client } = await scenario();
    const page = await listAuditEvents(db, callerFromUser(a.user), { entityUuid: b.account.entityUuid, limit: 10 });

    expect(actions(page.rows)).toEqual(['wallet.created', 'member.left', 'member.role_changed']);
    expect(page).toMatchObject({ total: 3, hasMore: false, nextCursor: null });
    const [created, left, changed] = page.rows;
    expect(created).toMatchObject({ actorType: 'api_client', actorId: client.id, actorName: null, accountName: null, data: { currency: 'BRL' } });
    // A removed user is named by their id alone.
    expect(left).toMatchObject({ actorType: 'user', actorId: leaver.id, actorName: null, actorEmail: null });
    expect(changed).toMatchObject({ actorName: a.user.name, actorEmail: a.user.email, subjectType: 'user', subjectId: leaver.id });
  });

  it('shows an operator every account, with its name, and one account on request', async () => {
    const { a, b, operator } = await scenario();
    // An action family of this test alone, so other tests' events cannot crowd the page.
    const family = `test_${randomUUID().slice(0, 8)}`;
    for (const tenant of [a, b]) {
      await recordAudit(db, { type: 'system', id: 'test', entityUuid: tenant.account.entityUuid }, { action: `${family}.seen`, subjectType: 'account', subjectId: tenant.account.entityUuid });
    }

    const everyone = await listAuditEvents(db, operator, { action: `${family}.`, limit: 10 });
    expect(everyone.rows.map((row) => [row.accountName, row.actorType])).toEqual([
      [b.account.name, 'system'],
      [a.account.name, 'system'],
    ]);

    const onlyB = await listAuditEvents(db, operator, { entityUuid: b.account.entityUuid, limit: 10 });
    expect(actions(onlyB.rows)).toEqual([`${family}.seen`, 'member.removed']);
    expect(onlyB.rows[1]).toMatchObject({ accountName: b.account.name, actorEmail: b.user.email });
  });

  it("filters by the actor's e-mail in any case, or by the actor's id", async () => {
    const { a, client } = await scenario();
    const caller = callerFromUser(a.user);

    expect(actions((await listAuditEvents(db, caller, { actor: ` ${a.user.email.toUpperCase()} `, limit: 10 })).rows)).toEqual(['member.role_changed']);
    expect(actions((await listAuditEvents(db, caller, { actor: client.id, limit: 10 })).rows)).toEqual(['wallet.created']);
    expect((await listAuditEvents(db, caller, { actor: 'nobody@example.test', limit: 10 })).rows).toEqual([]);
  });

  it('filters by one action, or by a family of them when the filter ends in a dot', async () => {
    const { a } = await scenario();
    const caller = callerFromUser(a.user);

    expect(actions((await listAuditEvents(db, caller, { action: 'member.', limit: 10 })).rows)).toEqual(['member.left', 'member.role_changed']);
    expect(actions((await listAuditEvents(db, caller, { action: 'member.left', limit: 10 })).rows)).toEqual(['member.left']);
    // Only a trailing dot makes a prefix; LIKE's own wildcards are plain text.
    expect((await listAuditEvents(db, caller, { action: 'member', limit: 10 })).rows).toEqual([]);
    expect((await listAuditEvents(db, caller, { action: '%.', limit: 10 })).rows).toEqual([]);
  });

  it('pages newest first by cursor, even through events of one transaction (which share their time)', async () => {
    const a = await createTestAccount(db);
    const owner: Actor = { type: 'user', id: a.user.id, entityUuid: a.account.entityUuid };
    await db.transaction(async (tx) => {
      for (const n of [1, 2, 3, 4, 5]) await recordAudit(tx, owner, { action: 'payment_link.created', subjectType: 'payment_link', subjectId: `link-${n}` });
    });
    const caller = callerFromUser(a.user);

    const seen: string[] = [];
    let cursor: string | undefined;
    const sizes: number[] = [];
    do {
      const page = await listAuditEvents(db, caller, { limit: 2, startingAfter: cursor });
      expect(page.total).toBe(5);
      seen.push(...page.rows.map((row) => row.subjectId));
      sizes.push(page.rows.length);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);

    expect(sizes).toEqual([2, 2, 1]);
    expect(seen).toEqual(['link-5', 'link-4', 'link-3', 'link-2', 'link-1']);
  });
});
