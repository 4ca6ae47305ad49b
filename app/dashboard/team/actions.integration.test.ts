import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { invitation, user } from '@/db/schema';
import type { MemberRole } from '@/lib/access/permissions';
import type { SessionUser } from '@/lib/auth/sign-in';
import { setMailer } from '@/lib/mail/mailer';
import { testDb } from '@/lib/testing/db';
import { createTestAccount } from '@/lib/testing/factories';

// Next's request context is not here: the session is a variable, the cache inert; the database is real.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('server-only', () => ({}));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('@/lib/auth/session', () => ({ requireUser: async () => session.user }));
const { changeMemberRoleAction, inviteMemberAction, leaveTeamAction, removeMemberAction, resendInvitationAction } = await import('./actions');

const db = await testDb();
beforeAll(() => setMailer({ send: async () => {} }));
afterAll(() => setMailer(null));

/** A team of an owner and the given roles; signs in as `as`. */
async function signedIn(as: MemberRole, others: MemberRole[] = []) {
  const { account, user: owner } = await createTestAccount(db);
  const members: SessionUser[] = [{ id: owner.id, email: owner.email, name: owner.name, role: 'owner', entityUuid: account.entityUuid }];
  for (const role of others) {
    const { user: login } = await createTestAccount(db, { role });
    await db.update(user).set({ entityUuid: account.entityUuid }).where(eq(user.id, login.id));
    members.push({ id: login.id, email: login.email, name: login.name, role, entityUuid: account.entityUuid });
  }
  session.user = members.find((member) => member.role === as)!;
  return members;
}

const email = () => `invitee-${crypto.randomUUID().slice(0, 8)}@example.test`;

describe('the team page’s actions', () => {
  it('invite answers with the link, once; an admin’s owner invitation is refused', async () => {
    await signedIn('admin', ['admin']);
    const invited = await inviteMemberAction({ email: ` ${email().toUpperCase()} `, role: 'developer' });
    expect(invited).toMatchObject({ ok: true, data: { email: expect.stringMatching(/^invitee-.*@example\.test$/), link: expect.stringMatching(/\/invitations\/inv_/) } });

    expect(await inviteMemberAction({ email: email(), role: 'owner' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await inviteMemberAction({ email: 'not an e-mail', role: 'viewer' })).toMatchObject({ ok: false, error: { code: 'validation_error', fields: { email: expect.any(String) } } });
  });

  it('a second invite of the same e-mail is refused on the e-mail field; resend gives a new link', async () => {
    await signedIn('owner');
    const address = email();
    const first = await inviteMemberAction({ email: address, role: 'viewer' });
    expect(await inviteMemberAction({ email: address, role: 'viewer' })).toMatchObject({ ok: false, error: { code: 'invitation_pending', fields: { email: expect.any(String) } } });

    const [pending] = await db.select({ id: invitation.id }).from(invitation).where(eq(invitation.email, address));
    const resent = await resendInvitationAction({ invitationId: pending!.id });
    expect(resent.ok && first.ok && resent.data.link !== first.data.link).toBe(true);
  });

  it('a viewer manages nothing, but may leave', async () => {
    const [owner, viewer] = await signedIn('viewer', ['viewer']);
    expect(await inviteMemberAction({ email: email(), role: 'viewer' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await removeMemberAction({ userId: viewer!.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    expect(await leaveTeamAction({ userId: owner!.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await leaveTeamAction({ userId: viewer!.id })).toEqual({ ok: true, data: { userId: viewer!.id } });
    expect(await db.select().from(user).where(eq(user.id, viewer!.id))).toEqual([]);
  });

  it('the last owner may not leave nor demote itself; the error says why', async () => {
    const [owner] = await signedIn('owner');
    expect(await leaveTeamAction({ userId: owner!.id })).toMatchObject({ ok: false, error: { code: 'last_owner', message: expect.stringContaining('at least one owner') } });
    expect(await changeMemberRoleAction({ userId: owner!.id, role: 'admin' })).toMatchObject({ ok: false, error: { code: 'last_owner' } });
  });
});
