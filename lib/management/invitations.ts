import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { invitation } from '@/db/schema';
import type { MemberRole } from '@/lib/access/permissions';
import { assertOperator, type Operator } from '@/lib/auth/caller';
import { issueInvitation, listPendingInvitations, resendInvitation, revokeInvitation, type IssuedInvitation } from '@/lib/team/invitations';
import { lockManagedAccount, operatorActor } from './target';

/**
 * Invites someone into a merchant account with any member role (another owner included): the
 * operator's way to add people, or to restore an owner the account lost. An address that already
 * has a pending invitation here gets a new one in its place (the old link stops working): a new
 * account has nobody yet to resend its owner's expired invitation. The link is mailed and
 * answered once; the audit events name the operator.
 */
export async function inviteToAccount(db: DbOrTx, operator: Operator, entityUuid: string, input: { email: string; role: MemberRole }): Promise<IssuedInvitation> {
  assertOperator(operator);
  return db.transaction(async (tx) => {
    const target = await lockManagedAccount(tx, entityUuid);
    const actor = operatorActor(operator, target.entityUuid);
    const email = input.email.trim().toLowerCase();
    const [pending] = await tx
      .select({ id: invitation.id })
      .from(invitation)
      .where(and(eq(invitation.entityUuid, target.entityUuid), eq(sql`lower(${invitation.email})`, email), isNull(invitation.acceptedAt), isNull(invitation.revokedAt)));
    if (pending) await revokeInvitation(tx, actor, pending.id);
    return issueInvitation(tx, actor, { entityUuid: target.entityUuid, email, role: input.role });
  });
}

/** A merchant account's invitations waiting for an answer (expired ones included, to resend). */
export async function listAccountInvitations(db: DbOrTx, operator: Operator, entityUuid: string) {
  assertOperator(operator);
  return listPendingInvitations(db, entityUuid);
}

/** A new link for one of the account's pending invitations; the old link stops working. */
export async function resendAccountInvitation(db: DbOrTx, operator: Operator, entityUuid: string, invitationId: string): Promise<IssuedInvitation> {
  assertOperator(operator);
  return db.transaction(async (tx) => {
    const target = await lockManagedAccount(tx, entityUuid);
    return resendInvitation(tx, operatorActor(operator, target.entityUuid), invitationId);
  });
}

/** Revokes one of the account's pending invitations. */
export async function revokeAccountInvitation(db: DbOrTx, operator: Operator, entityUuid: string, invitationId: string): Promise<void> {
  assertOperator(operator);
  await db.transaction(async (tx) => {
    const target = await lockManagedAccount(tx, entityUuid);
    await revokeInvitation(tx, operatorActor(operator, target.entityUuid), invitationId);
  });
}
