import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvent, user } from '@/db/schema';
import type { MemberRole } from '@/lib/access/permissions';
import { callerFromUser } from '@/lib/auth/caller';
import { loadSessionUser } from '@/lib/auth/session-user';
import { testDb } from '@/lib/testing/db';
import { createTestAccount } from '@/lib/testing/factories';
import { changeMemberRole, listMembers, removeMember, teamManager } from './members';

const db = await testDb();

/** An account whose first login is an owner, and a way to add more members to it. */
async function team() {
  const { account, user: owner } = await createTestAccount(db);
  async function add(role: MemberRole) {
    const tag = randomUUID().slice(0, 8);
    const [member] = await db
      .insert(user)
      .values({ entityUuid: account.entityUuid, email: `member-${tag}@example.test`, name: `Member ${tag}`, role, passwordHash: 'not used' })
      .returning();
    return member!;
  }
  return { account, owner, add };
}

/** A member acting on the team with the role the door read for them. */
const as = (member: { id: string; entityUuid: string; role: string }) => teamManager(callerFromUser(member), member.role as MemberRole);

async function roleOf(userId: string) {
  const [row] = await db.select({ role: user.role }).from(user).where(eq(user.id, userId));
  return row?.role ?? null;
}

async function audited(action: string, subjectId: string) {
  return db.select().from(auditEvent).where(and(eq(auditEvent.action, action), eq(auditEvent.subjectId, subjectId)));
}

describe('listing members', () => {
  it('lists the account’s logins, oldest first, and no one else’s', async () => {
    const { account, owner, add } = await team();
    const viewer = await add('viewer');
    await createTestAccount(db);
    expect((await listMembers(db, { entityUuid: account.entityUuid, walletUuid: null })).map((member) => member.id)).toEqual([owner.id, viewer.id]);
  });
});

describe('changing roles', () => {
  it('an owner changes a member’s role, audited with its before and after', async () => {
    const { owner, add } = await team();
    const developer = await add('developer');
    expect(await changeMemberRole(db, as(owner), { userId: developer.id, role: 'finance' })).toMatchObject({ id: developer.id, role: 'finance' });
    expect(await roleOf(developer.id)).toBe('finance');
    expect(await loadSessionUser(db, developer.id)).toMatchObject({ role: 'finance' });
    expect(await audited('member.role_changed', developer.id)).toMatchObject([{ actorId: owner.id, data: { email: developer.email, from: 'developer', to: 'finance' } }]);
  });

  it('an owner makes another owner', async () => {
    const { owner, add } = await team();
    const admin = await add('admin');
    await changeMemberRole(db, as(owner), { userId: admin.id, role: 'owner' });
    expect(await roleOf(admin.id)).toBe('owner');
  });

  it('an admin changes other roles, but cannot make an owner nor change an owner', async () => {
    const { owner, add } = await team();
    const admin = await add('admin');
    const viewer = await add('viewer');

    await expect(changeMemberRole(db, as(admin), { userId: viewer.id, role: 'owner' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(changeMemberRole(db, as(admin), { userId: admin.id, role: 'owner' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(changeMemberRole(db, as(admin), { userId: owner.id, role: 'viewer' })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await roleOf(owner.id)).toBe('owner');
    expect(await roleOf(viewer.id)).toBe('viewer');

    await changeMemberRole(db, as(admin), { userId: viewer.id, role: 'developer' });
    expect(await roleOf(viewer.id)).toBe('developer');
  });

  it('the last owner cannot be demoted', async () => {
    const { owner } = await team();
    await expect(changeMemberRole(db, as(owner), { userId: owner.id, role: 'admin' })).rejects.toMatchObject({ code: 'last_owner', status: 409 });
    expect(await roleOf(owner.id)).toBe('owner');
  });

  it('of two owners demoting each other at once, exactly one succeeds', async () => {
    const { owner, add } = await team();
    const second = await add('owner');
    const results = await Promise.allSettled([
      changeMemberRole(db, as(owner), { userId: second.id, role: 'admin' }),
      changeMemberRole(db, as(second), { userId: owner.id, role: 'admin' }),
    ]);

    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    // The loser was demoted a moment before its own change ran: under the team's lock it is an owner no more.
    expect(refused.reason).toMatchObject({ code: 'forbidden' });
    expect([await roleOf(owner.id), await roleOf(second.id)].sort()).toEqual(['admin', 'owner']);
  });

  it('a demoted owner no longer acts as one, whatever role its door read', async () => {
    const { owner, add } = await team();
    const second = await add('owner');
    const third = await add('owner');
    const staleSecond = as(second);
    await changeMemberRole(db, as(owner), { userId: second.id, role: 'viewer' });

    await expect(changeMemberRole(db, staleSecond, { userId: third.id, role: 'viewer' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(removeMember(db, staleSecond, { userId: third.id })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await roleOf(third.id)).toBe('owner');
  });

  it('a member of another account is not found', async () => {
    const { owner } = await team();
    const { user: stranger } = await createTestAccount(db, { role: 'viewer' });
    await expect(changeMemberRole(db, as(owner), { userId: stranger.id, role: 'admin' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(removeMember(db, as(owner), { userId: stranger.id })).rejects.toMatchObject({ code: 'not_found' });
    expect(await roleOf(stranger.id)).toBe('viewer');
  });
});

describe('removing members and leaving', () => {
  it('an admin removes a member: the login is gone, its session with it, and the removal is audited', async () => {
    const { add } = await team();
    const admin = await add('admin');
    const finance = await add('finance');
    await removeMember(db, as(admin), { userId: finance.id });

    expect(await roleOf(finance.id)).toBeNull();
    expect(await loadSessionUser(db, finance.id)).toBeNull();
    expect(await audited('member.removed', finance.id)).toMatchObject([{ actorId: admin.id, data: { email: finance.email, role: 'finance' } }]);
  });

  it('an admin cannot remove an owner; another owner can', async () => {
    const { owner, add } = await team();
    const admin = await add('admin');
    const second = await add('owner');
    await expect(removeMember(db, as(admin), { userId: owner.id })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await roleOf(owner.id)).toBe('owner');

    await removeMember(db, as(second), { userId: owner.id });
    expect(await roleOf(owner.id)).toBeNull();
  });

  it('any member may leave, audited as leaving', async () => {
    const { add } = await team();
    const viewer = await add('viewer');
    await removeMember(db, as(viewer), { userId: viewer.id });
    expect(await roleOf(viewer.id)).toBeNull();
    expect(await audited('member.left', viewer.id)).toMatchObject([{ actorId: viewer.id }]);
  });

  it('a member without team.manage cannot remove others', async () => {
    const { owner, add } = await team();
    const developer = await add('developer');
    const viewer = await add('viewer');
    await expect(removeMember(db, as(developer), { userId: viewer.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(changeMemberRole(db, as(developer), { userId: viewer.id, role: 'finance' })).rejects.toMatchObject({ code: 'forbidden' });
    expect([await roleOf(owner.id), await roleOf(viewer.id)]).toEqual(['owner', 'viewer']);
  });

  it('the last owner cannot leave; with a second owner they can', async () => {
    const { owner, add } = await team();
    await expect(removeMember(db, as(owner), { userId: owner.id })).rejects.toMatchObject({ code: 'last_owner' });
    expect(await roleOf(owner.id)).toBe('owner');

    const second = await add('owner');
    await removeMember(db, as(owner), { userId: owner.id });
    expect(await roleOf(owner.id)).toBeNull();
    await expect(removeMember(db, as(second), { userId: second.id })).rejects.toMatchObject({ code: 'last_owner' });
  });
});

describe('the team manager of a door', () => {
  it('refuses a role outside the team (a platform operator)', () => {
    expect(() => teamManager({ type: 'user', id: randomUUID(), entityUuid: randomUUID(), walletUuid: null }, 'operator')).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });
});
