import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/shell/page-header';
import { InvitationsPanel } from '@/components/team/invitations-panel';
import { LeaveTeamButton } from '@/components/team/leave-team-button';
import { MembersTable } from '@/components/team/members-table';
import type { TeamActions } from '@/components/team/team-actions';
import { toInvitationRow, toMemberRow } from '@/components/team/team-rows';
import { getDb } from '@/db/client';
import { assignableRoles, can } from '@/lib/access/permissions';
import { callerFromUser } from '@/lib/auth/caller';
import { requireUser } from '@/lib/auth/session';
import { now } from '@/lib/clock';
import { getFormatting } from '@/lib/i18n/formatting';
import { INVITATION_TTL_DAYS, listPendingInvitations } from '@/lib/team/invitations';
import { listMembers } from '@/lib/team/members';
import {
  changeMemberRoleAction,
  inviteMemberAction,
  leaveTeamAction,
  removeMemberAction,
  resendInvitationAction,
  revokeInvitationAction,
} from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('team'))('title') };
}

const ACTIONS: TeamActions = {
  invite: inviteMemberAction,
  resend: resendInvitationAction,
  revoke: revokeInvitationAction,
  changeRole: changeMemberRoleAction,
  remove: removeMemberAction,
};

/** Every member reads the team; those whose role manages it (as the database has it now) also change it. */
export default async function TeamPage() {
  const user = await requireUser('/dashboard/team');
  const manages = can(user.role, 'team.manage');
  const assignable = manages ? assignableRoles(user.role) : [];
  const db = await getDb();
  const [t, formatting, members, invitations] = await Promise.all([
    getTranslations('team'),
    getFormatting(),
    listMembers(db, callerFromUser(user)),
    listPendingInvitations(db, user.entityUuid),
  ]);
  const at = now();

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <section aria-labelledby="members-title" className="mb-6 rounded-lg border border-slate-200 bg-white">
        <h2 id="members-title" className="px-4 pt-4 text-lg font-semibold">
          {t('membersTitle')}
        </h2>
        <MembersTable rows={members.map((member) => toMemberRow(member, { id: user.id, assignable }, formatting))} actions={manages ? ACTIONS : null} />
      </section>
      <InvitationsPanel
        rows={invitations.map((invitation) => toInvitationRow(invitation, { assignable, at }, formatting))}
        manage={manages ? { roles: assignable, ttlDays: INVITATION_TTL_DAYS, actions: ACTIONS } : null}
      />
      <section aria-labelledby="leave-title" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="leave-title" className="text-lg font-semibold">
          {t('leaveTitle')}
        </h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">{t('leaveDescription')}</p>
        <LeaveTeamButton userId={user.id} leave={leaveTeamAction} />
      </section>
    </>
  );
}
