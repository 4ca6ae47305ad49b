import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { account, invitation, user, type UserRole } from '@/db/schema';
import type { MemberRole } from '@/lib/access/permissions';
import { recordAudit, type Actor } from '@/lib/audit/record';
import { hashPassword } from '@/lib/auth/password';
import { now } from '@/lib/clock';
import { isUniqueViolation } from '@/db/unique-violation';
import { publicUrl } from '@/lib/http/public-url';
import { DEFAULT_TIME_ZONE } from '@/lib/i18n/locales';
import { mailer } from '@/lib/mail/mailer';
import { invitationMail } from './invitation-mail';
import { teamErrors } from './errors';
import { generateInvitationToken, hashInvitationToken, INVITATION_PATH } from './tokens';

/** How long an invitation link works. */
export const INVITATION_TTL_DAYS = 7;

export type InvitationRow = typeof invitation.$inferSelect;

/** An invitation just made or resent, with its link: the only time the link exists outside the mail. */
export interface IssuedInvitation {
  invitation: Omit<InvitationRow, 'tokenHash'>;
  link: string;
}

/**
 * Invites an e-mail into an account with a role, and mails the link. The actor is whoever the audit
 * trail names (a member managing the team, or an operator onboarding the account); the door has
 * checked that they may. An address that already has a login, or a pending invitation here, is refused.
 */
export async function issueInvitation(db: DbOrTx, actor: Actor, input: { entityUuid: string; email: string; role: MemberRole }): Promise<IssuedInvitation> {
  const email = input.email.trim().toLowerCase();
  const issued = await db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: user.id }).from(user).where(eq(sql`lower(${user.email})`, email));
    if (existing) throw teamErrors.emailTaken();
    const token = generateInvitationToken();
    const [row] = await tx
      .insert(invitation)
      .values({ entityUuid: input.entityUuid, email, role: input.role, tokenHash: hashInvitationToken(token), invitedBy: actor.id, expiresAt: expiryFromNow() })
      .returning()
      .catch((error: unknown) => {
        throw isUniqueViolation(error, 'invitation_pending_email_unique') ? teamErrors.invitationPending() : error;
      });
    await recordAudit(tx, actor, { action: 'invitation.created', subjectType: 'invitation', subjectId: row!.id, data: { email, role: input.role } });
    return { row: row!, token };
  });
  return deliver(db, issued.row, issued.token);
}

/** A new link (and expiry) for a pending invitation; the previous link stops working. */
export async function resendInvitation(db: DbOrTx, actor: Actor, invitationId: string): Promise<IssuedInvitation> {
  const token = generateInvitationToken();
  const row = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(invitation)
      .set({ tokenHash: hashInvitationToken(token), expiresAt: expiryFromNow() })
      .where(and(eq(invitation.id, invitationId), eq(invitation.entityUuid, actor.entityUuid), isNull(invitation.acceptedAt), isNull(invitation.revokedAt)))
      .returning();
    if (!updated) throw teamErrors.invitationNotFound();
    await recordAudit(tx, actor, { action: 'invitation.resent', subjectType: 'invitation', subjectId: updated.id, data: { email: updated.email } });
    return updated;
  });
  return deliver(db, row, token);
}

/** Revokes a pending invitation: its link stops working. Revoking it twice is harmless. */
export async function revokeInvitation(db: DbOrTx, actor: Actor, invitationId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitation)
      .set({ revokedAt: now() })
      .where(and(eq(invitation.id, invitationId), eq(invitation.entityUuid, actor.entityUuid), isNull(invitation.acceptedAt), isNull(invitation.revokedAt)))
      .returning({ id: invitation.id, email: invitation.email });
    if (row) {
      await recordAudit(tx, actor, { action: 'invitation.revoked', subjectType: 'invitation', subjectId: row.id, data: { email: row.email } });
      return;
    }
    const [exists] = await tx.select({ id: invitation.id }).from(invitation).where(and(eq(invitation.id, invitationId), eq(invitation.entityUuid, actor.entityUuid)));
    if (!exists) throw teamErrors.invitationNotFound();
  });
}

/** The account's invitations still waiting for an answer, newest first (expired ones included, to resend). */
export function listPendingInvitations(db: DbOrTx, entityUuid: string) {
  return db
    .select({ id: invitation.id, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt, createdAt: invitation.createdAt })
    .from(invitation)
    .where(and(eq(invitation.entityUuid, entityUuid), isNull(invitation.acceptedAt), isNull(invitation.revokedAt)))
    .orderBy(desc(invitation.createdAt));
}

export type InvitationState = 'valid' | 'expired' | 'accepted' | 'revoked';

/** What the invitation page shows before the invitee sets a password; null for a token that names nothing. */
export async function describeInvitation(db: DbOrTx, token: string) {
  const [row] = await db
    .select({ email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt, acceptedAt: invitation.acceptedAt, revokedAt: invitation.revokedAt, accountName: account.name })
    .from(invitation)
    .innerJoin(account, eq(account.entityUuid, invitation.entityUuid))
    .where(eq(invitation.tokenHash, hashInvitationToken(token)));
  if (!row) return null;
  return { email: row.email, role: row.role, accountName: row.accountName, expiresAt: row.expiresAt, state: stateOf(row) };
}

/**
 * Accepts an invitation: makes the login with the invited e-mail and role, and uses the
 * invitation up. Taken by one conditional update, so of two racing submits (or a reused link)
 * exactly one makes a login; the others are told the invitation was used.
 */
export async function acceptInvitation(db: Db, token: string, input: { name: string; password: string }): Promise<{ email: string }> {
  // A dead or made-up link is refused before the password's (deliberately slow) hash is paid for.
  const unusable = await whyUnusable(db, token);
  if (unusable) throw unusable;
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const at = now();
    const [taken] = await tx
      .update(invitation)
      .set({ acceptedAt: at })
      .where(and(eq(invitation.tokenHash, hashInvitationToken(token)), isNull(invitation.acceptedAt), isNull(invitation.revokedAt), gt(invitation.expiresAt, at)))
      .returning();
    if (!taken) throw (await whyUnusable(tx, token)) ?? teamErrors.invitationUnusable('unknown');
    const [login] = await tx
      .insert(user)
      .values({ entityUuid: taken.entityUuid, email: taken.email, name: input.name, role: taken.role, passwordHash })
      .returning({ id: user.id })
      .catch((error: unknown) => {
        throw isUniqueViolation(error, 'user_email_unique') ? teamErrors.emailTaken() : error;
      });
    await tx.update(invitation).set({ acceptedUserId: login!.id }).where(eq(invitation.id, taken.id));
    await recordAudit(tx, { type: 'user', id: login!.id, entityUuid: taken.entityUuid }, {
      action: 'invitation.accepted',
      subjectType: 'invitation',
      subjectId: taken.id,
      data: { email: taken.email, role: taken.role },
    });
    return { email: taken.email };
  });
}

/** Why a token cannot be accepted now, or null while it can. */
async function whyUnusable(db: DbOrTx, token: string) {
  const [row] = await db.select().from(invitation).where(eq(invitation.tokenHash, hashInvitationToken(token)));
  if (!row) return teamErrors.invitationUnusable('unknown');
  const state = stateOf(row);
  return state === 'valid' ? null : teamErrors.invitationUnusable(state);
}

function stateOf(row: Pick<InvitationRow, 'acceptedAt' | 'revokedAt' | 'expiresAt'>): InvitationState {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  return row.expiresAt.getTime() <= now().getTime() ? 'expired' : 'valid';
}

function expiryFromNow(): Date {
  return new Date(now().getTime() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000);
}

async function deliver(db: DbOrTx, row: InvitationRow, token: string): Promise<IssuedInvitation> {
  const link = publicUrl(`${INVITATION_PATH}/${token}`);
  const [target] = await db
    .select({ name: account.name, locale: account.defaultLocale, timeZone: account.timeZone })
    .from(account)
    .where(eq(account.entityUuid, row.entityUuid));
  await mailer().send(
    invitationMail({ to: row.email, role: row.role as UserRole, accountName: target?.name ?? '', link, expiresAt: row.expiresAt, locale: target?.locale ?? null, timeZone: target?.timeZone ?? DEFAULT_TIME_ZONE }),
  );
  const { tokenHash: _, ...shown } = row;
  return { invitation: shown, link };
}
