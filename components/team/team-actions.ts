import type { ActionResult } from '@/lib/actions/run-action';
import type { MemberRole } from '@/lib/access/permissions';
import type { InviteMemberInput } from '@/lib/team/schemas';

/** An invitation just made or resent, with its link: shown once, then gone. */
export interface IssuedLink {
  email: string;
  link: string;
}

/** What invitations need: the team page's actions, or an operator's on an account's page (app/admin/accounts). */
export interface InvitationActions {
  invite: (input: InviteMemberInput) => Promise<ActionResult<IssuedLink>>;
  resend: (input: { invitationId: string }) => Promise<ActionResult<IssuedLink>>;
  revoke: (input: { invitationId: string }) => Promise<ActionResult<{ invitationId: string }>>;
}

/** The team page's server actions, passed down by the page (app/dashboard/team/actions.ts). */
export interface TeamActions extends InvitationActions {
  changeRole: (input: { userId: string; role: MemberRole }) => Promise<ActionResult<{ userId: string; role: string }>>;
  remove: (input: { userId: string }) => Promise<ActionResult<{ userId: string }>>;
}
