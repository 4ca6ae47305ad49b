import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditEvent, invitation, user } from '@/db/schema';
import { callerFromUser } from '@/lib/auth/caller';
import { loadSessionUser } from '@/lib/auth/session-user';
import { verifyCredentials } from '@/lib/auth/sign-in';
import { now, resetClock, setClock } from '@/lib/clock';
import { setMailer, type MailMessage } from '@/lib/mail/mailer';
import { testDb } from '@/lib/testing/db';
import { createTestAccount } from '@/lib/testing/factories';
import { acceptInvitation, describeInvitation, INVITATION_TTL_DAYS, issueInvitation, listPendingInvitations, resendInvitation, revokeInvitation } from './invitations';
import { inviteMember, resendMemberInvitation, revokeMemberInvitation } from './manage-invitations';
import { teamManager } from './members';

const db = await testDb();
const sent: MailMessage[] = [];
beforeAll(() => setMailer({ send: async (message) => void sent.push(message) }));
afterAll(() => setMailer(null));
afterEach(() => resetClock());

const DAY = 24 * 60 * 60 * 1000;
const PASSWORD = 'a long enough password';

/** An account with its owner, and the Caller the owner acts as. */
async function ownedAccount() {
  const { account, user: owner } = await createTestAccount(db);
  return { account, owner, caller: callerFromUser(owner) };
}

const tokenOf = (link: string) => new URL(link).pathname.split('/').pop()!;
const inbox = (email: string) => sent.filter((message) => message.to === email);
const newEmail = () => `invitee-${crypto.randomUUID().slice(0, 8)}@example.test`;

async function invite(role: 'owner' | 'admin' | 'developer' | 'finance' | 'viewer' = 'developer') {
  const team = await ownedAccount();
  const email = newEmail();
  const issued = await issueInvitation(db, team.caller, { entityUuid: team.account.entityUuid, email, role });
  return { ...team, email, issued, token: tokenOf(issued.link) };
}

async function audited(action: string, subjectId: string) {
  return db.select().from(auditEvent).where(and(eq(auditEvent.action, action), eq(auditEvent.subjectId, subjectId)));
}

async function loginsOf(email: string) {
  const [row] = await db.select({ n: count() }).from(user).where(eq(sql`lower(${user.email})`, email.toLowerCase()));
  return row!.n;
}

describe('issuing an invitation', () => {
  it('mails its link, keeps only the token’s hash, lists it as pending and audits it', async () => {
    const { account, owner, email, issued, token } = await invite('finance');

    expect(issued.link).toMatch(/\/invitations\/inv_[A-Za-z0-9_-]{43}$/);
    expect(issued.invitation).not.toHaveProperty('tokenHash');
    expect(inbox(email)).toHaveLength(1);
    expect(inbox(email)[0]!.text).toContain(issued.link);
    expect(inbox(email)[0]!.subject).toContain(account.name);
    const [stored] = await db.select().from(invitation).where(eq(invitation.id, issued.invitation.id));
    expect(stored!.tokenHash).not.toContain(token);

    expect(await describeInvitation(db, token)).toEqual({ email, role: 'finance', accountName: account.name, expiresAt: issued.invitation.expiresAt, state: 'valid' });
    expect((await listPendingInvitations(db, account.entityUuid)).map((row) => row.email)).toEqual([email]);
    expect(await audited('invitation.created', issued.invitation.id)).toMatchObject([{ entityUuid: account.entityUuid, actorType: 'user', actorId: owner.id, data: { email, role: 'finance' } }]);
  });

  it('refuses an e-mail that already has a login, whatever its case', async () => {
    const { account, caller } = await ownedAccount();
    const { user: someone } = await createTestAccount(db);
    await expect(issueInvitation(db, caller, { entityUuid: account.entityUuid, email: someone.email.toUpperCase(), role: 'viewer' })).rejects.toMatchObject({ code: 'email_taken' });
  });

  it('refuses a second pending invitation for the same e-mail in the account, but not in another account', async () => {
    const { account, caller, email } = await invite('viewer');
    await expect(issueInvitation(db, caller, { entityUuid: account.entityUuid, email: email.toUpperCase(), role: 'admin' })).rejects.toMatchObject({ code: 'invitation_pending' });

    const other = await ownedAccount();
    await expect(issueInvitation(db, other.caller, { entityUuid: other.account.entityUuid, email, role: 'viewer' })).resolves.toBeTruthy();
  });
});

describe('accepting an invitation', () => {
  it('makes a login with the invited role in the invited account, which signs in', async () => {
    const { account, email, issued, token } = await invite('developer');
    expect(await acceptInvitation(db, token, { name: 'New Developer', password: PASSWORD })).toEqual({ email });

    const signedIn = await verifyCredentials(db, { email, password: PASSWORD, ip: '10.9.0.1' });
    expect(signedIn).toMatchObject({ email, name: 'New Developer', role: 'developer', entityUuid: account.entityUuid });
    expect(await loadSessionUser(db, signedIn.id)).toMatchObject({ role: 'developer' });

    const [used] = await db.select().from(invitation).where(eq(invitation.id, issued.invitation.id));
    expect(used).toMatchObject({ acceptedUserId: signedIn.id, acceptedAt: expect.any(Date) });
    expect((await describeInvitation(db, token))?.state).toBe('accepted');
    expect(await listPendingInvitations(db, account.entityUuid)).toEqual([]);
    expect(await audited('invitation.accepted', issued.invitation.id)).toMatchObject([{ actorType: 'user', actorId: signedIn.id, data: { email, role: 'developer' } }]);
  });

  it('works once: a second accept is told the invitation was used', async () => {
    const { email, token } = await invite();
    await acceptInvitation(db, token, { name: 'First', password: PASSWORD });
    await expect(acceptInvitation(db, token, { name: 'Second', password: 'another long password' })).rejects.toMatchObject({ code: 'invitation_accepted', status: 410 });
    expect(await loginsOf(email)).toBe(1);
    await expect(verifyCredentials(db, { email, password: 'another long password', ip: '10.9.0.2' })).rejects.toMatchObject({ code: 'invalid_credentials' });
  });

  it('makes exactly one login of accepts racing on one link', async () => {
    const { email, token } = await invite();
    const results = await Promise.allSettled([1, 2, 3].map((n) => acceptInvitation(db, token, { name: `Racer ${n}`, password: `${PASSWORD} ${n}` })));

    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results.filter((r) => r.status === 'rejected')) expect((result as PromiseRejectedResult).reason).toMatchObject({ code: 'invitation_accepted' });
    expect(await loginsOf(email)).toBe(1);
  });

  it('stops working after its expiry, and says so', async () => {
    const { email, token } = await invite();
    setClock(new Date(now().getTime() + INVITATION_TTL_DAYS * DAY + 60_000));

    await expect(acceptInvitation(db, token, { name: 'Late', password: PASSWORD })).rejects.toMatchObject({ code: 'invitation_expired', status: 410 });
    expect((await describeInvitation(db, token))?.state).toBe('expired');
    expect(await loginsOf(email)).toBe(0);
  });

  it('still works just before its expiry', async () => {
    const { email, token } = await invite();
    setClock(new Date(now().getTime() + INVITATION_TTL_DAYS * DAY - 60_000));
    await acceptInvitation(db, token, { name: 'Just in time', password: PASSWORD });
    expect(await loginsOf(email)).toBe(1);
  });

  it('refuses an e-mail that got a login since it was invited, and leaves the invitation pending', async () => {
    const first = await invite();
    const second = await ownedAccount();
    const competing = await issueInvitation(db, second.caller, { entityUuid: second.account.entityUuid, email: first.email, role: 'viewer' });
    await acceptInvitation(db, tokenOf(competing.link), { name: 'Elsewhere', password: PASSWORD });

    await expect(acceptInvitation(db, first.token, { name: 'Here', password: PASSWORD })).rejects.toMatchObject({ code: 'email_taken' });
    expect((await describeInvitation(db, first.token))?.state).toBe('valid');
    expect(await loginsOf(first.email)).toBe(1);
  });

  it('names nothing for an unknown token', async () => {
    const unknown = `inv_${'A'.repeat(43)}`;
    expect(await describeInvitation(db, unknown)).toBeNull();
    await expect(acceptInvitation(db, unknown, { name: 'Nobody', password: PASSWORD })).rejects.toMatchObject({ code: 'invitation_unknown' });
  });
});

describe('resending and revoking', () => {
  it('resend mails a new link with a new expiry; the old link stops working and the new one works', async () => {
    const { email, caller, issued, token } = await invite('admin');
    setClock(new Date(now().getTime() + 3 * DAY));
    const resent = await resendInvitation(db, caller, issued.invitation.id);
    const newToken = tokenOf(resent.link);

    expect(newToken).not.toBe(token);
    expect(resent.invitation.expiresAt.getTime()).toBeGreaterThan(issued.invitation.expiresAt.getTime());
    expect(inbox(email).map((message) => message.text.includes(resent.link))).toEqual([false, true]);
    expect(await describeInvitation(db, token)).toBeNull();
    await expect(acceptInvitation(db, token, { name: 'Old link', password: PASSWORD })).rejects.toMatchObject({ code: 'invitation_unknown' });

    await acceptInvitation(db, newToken, { name: 'New link', password: PASSWORD });
    expect(await verifyCredentials(db, { email, password: PASSWORD, ip: '10.9.0.3' })).toMatchObject({ role: 'admin' });
    expect(await audited('invitation.resent', issued.invitation.id)).toHaveLength(1);
  });

  it('revoke stops the link, leaves the pending list, and is harmless twice; a revoked invitation cannot be resent', async () => {
    const { account, caller, issued, token } = await invite();
    await revokeInvitation(db, caller, issued.invitation.id);
    await revokeInvitation(db, caller, issued.invitation.id);

    await expect(acceptInvitation(db, token, { name: 'Too late', password: PASSWORD })).rejects.toMatchObject({ code: 'invitation_revoked' });
    expect((await describeInvitation(db, token))?.state).toBe('revoked');
    expect(await listPendingInvitations(db, account.entityUuid)).toEqual([]);
    await expect(resendInvitation(db, caller, issued.invitation.id)).rejects.toMatchObject({ code: 'not_found' });
    expect(await audited('invitation.revoked', issued.invitation.id)).toHaveLength(1);
  });

  it('another account’s invitation is not found', async () => {
    const { issued, token } = await invite();
    const stranger = await ownedAccount();
    await expect(resendInvitation(db, stranger.caller, issued.invitation.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(revokeInvitation(db, stranger.caller, issued.invitation.id)).rejects.toMatchObject({ code: 'not_found' });
    expect((await describeInvitation(db, token))?.state).toBe('valid');
  });
});

describe('a member’s invitations, held to the roles they may give', () => {
  it('an admin invites any role but owner', async () => {
    const { account } = await ownedAccount();
    const { user: admin } = await createTestAccount(db, { role: 'admin' });
    await db.update(user).set({ entityUuid: account.entityUuid }).where(eq(user.id, admin.id));
    const manager = teamManager(callerFromUser({ ...admin, entityUuid: account.entityUuid }), 'admin');

    await expect(inviteMember(db, manager, { email: newEmail(), role: 'owner' })).rejects.toMatchObject({ code: 'forbidden' });
    const issued = await inviteMember(db, manager, { email: newEmail(), role: 'admin' });
    expect(issued.invitation).toMatchObject({ entityUuid: account.entityUuid, role: 'admin', invitedBy: admin.id });
  });

  it('an admin may not resend (and so see the link of) or revoke an owner’s invitation; an owner may', async () => {
    const { account, caller, issued } = await invite('owner');
    const { user: admin } = await createTestAccount(db, { role: 'admin' });
    await db.update(user).set({ entityUuid: account.entityUuid }).where(eq(user.id, admin.id));
    const adminManager = teamManager(callerFromUser({ ...admin, entityUuid: account.entityUuid }), 'admin');

    await expect(resendMemberInvitation(db, adminManager, issued.invitation.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(revokeMemberInvitation(db, adminManager, issued.invitation.id)).rejects.toMatchObject({ code: 'forbidden' });
    const ownerManager = teamManager(caller, 'owner');
    await expect(resendMemberInvitation(db, ownerManager, issued.invitation.id)).resolves.toMatchObject({ invitation: { role: 'owner' } });
    await revokeMemberInvitation(db, ownerManager, issued.invitation.id);
  });
});
