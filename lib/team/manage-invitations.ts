import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { invitation } from '@/db/schema';
import { assignableRoles, type MemberRole } from '@/lib/access/permissions';
import { issueInvitation, resendInvitation, revokeInvitation, type IssuedInvitation } from './invitations';
import { teamErrors } from './errors';
import type { TeamManager } from './members';

/**
 * A member's invitations, held to the roles they may hand out. Whoever issues or resends one is
 * shown its link, and could accept it themselves: so an admin may not invite an owner, nor resend
 * (or revoke) an owner's invitation an owner made.
 */

export async function inviteMember(db: DbOrTx, manager: TeamManager, input: { email: string; role: MemberRole }): Promise<IssuedInvitation> {
  if (!assignableRoles(manager.role).includes(input.role)) throw teamErrors.roleNotAssignable();
  return issueInvitation(db, manager.caller, { entityUuid: manager.caller.entityUuid, ...input });
}

export async function resendMemberInvitation(db: DbOrTx, manager: TeamManager, invitationId: string): Promise<IssuedInvitation> {
  await assertAssignable(db, manager, invitationId);
  return resendInvitation(db, manager.caller, invitationId);
}

export async function revokeMemberInvitation(db: DbOrTx, manager: TeamManager, invitationId: string): Promise<void> {
  await assertAssignable(db, manager, invitationId);
  await revokeInvitation(db, manager.caller, invitationId);
}

// An invitation's role never changes, so reading it before the change races with nothing.
async function assertAssignable(db: DbOrTx, manager: TeamManager, invitationId: string): Promise<void> {
  const [row] = await db
    .select({ role: invitation.role })
    .from(invitation)
    .where(and(eq(invitation.id, invitationId), eq(invitation.entityUuid, manager.caller.entityUuid)));
  if (!row) throw teamErrors.invitationNotFound();
  if (!(assignableRoles(manager.role) as string[]).includes(row.role)) throw teamErrors.roleNotAssignable();
}
