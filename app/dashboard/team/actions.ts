'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/actions/run-action';
import { inviteMember, resendMemberInvitation, revokeMemberInvitation } from '@/lib/team/manage-invitations';
import { changeMemberRole, leaveTeam, removeMember, teamManager } from '@/lib/team/members';
import { changeRoleSchema, invitationIdSchema, inviteMemberSchema, memberIdSchema } from '@/lib/team/schemas';

// The team page. Invite and Resend answer with the invitation's link, which reaches the browser this
// once (the database keeps only its hash). Invite takes no idempotency key: a stored answer would
// keep the link, and a repeated submit is refused anyway (one pending invitation per e-mail).

export async function inviteMemberAction(input: unknown) {
  return runAction('team.manage', inviteMemberSchema, input, async ({ db, caller, role, input }) => {
    const { invitation, link } = await inviteMember(db, teamManager(caller, role), input);
    revalidatePath('/dashboard/team');
    return { email: invitation.email, link };
  });
}

export async function resendInvitationAction(input: unknown) {
  return runAction('team.manage', invitationIdSchema, input, async ({ db, caller, role, input }) => {
    const { invitation, link } = await resendMemberInvitation(db, teamManager(caller, role), input.invitationId);
    revalidatePath('/dashboard/team');
    return { email: invitation.email, link };
  });
}

export async function revokeInvitationAction(input: unknown) {
  return runAction('team.manage', invitationIdSchema, input, async ({ db, caller, role, input }) => {
    await revokeMemberInvitation(db, teamManager(caller, role), input.invitationId);
    revalidatePath('/dashboard/team');
    return { invitationId: input.invitationId };
  });
}

export async function changeMemberRoleAction(input: unknown) {
  return runAction('team.manage', changeRoleSchema, input, async ({ db, caller, role, input }) => {
    const member = await changeMemberRole(db, teamManager(caller, role), input);
    revalidatePath('/dashboard/team');
    return { userId: member.id, role: member.role };
  });
}

export async function removeMemberAction(input: unknown) {
  return runAction('team.manage', memberIdSchema, input, async ({ db, caller, role, input }) => {
    await removeMember(db, teamManager(caller, role), input);
    revalidatePath('/dashboard/team');
    return { userId: input.userId };
  });
}

/** Any member leaving the team: removes their own login (the account's last owner is refused). */
export async function leaveTeamAction(input: unknown) {
  return runAction('member', memberIdSchema, input, async ({ db, caller, role, input }) => {
    await leaveTeam(db, teamManager(caller, role), input);
    revalidatePath('/dashboard/team');
    return { userId: input.userId };
  });
}
