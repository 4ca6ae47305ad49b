import { formatDateTime, type Formatting } from '@/components/ui/format';
import type { UserRole } from '@/db/schema';
import type { MemberRole } from '@/lib/access/permissions';

/** One member as the team table shows it to its reader: dates written out, and what the reader may do to it. */
export interface MemberRow {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  since: string;
  isYou: boolean;
  /** The roles the reader may give this member; empty when the reader may not change it (not a manager, or an admin facing an owner). */
  assignable: MemberRole[];
  removable: boolean;
}

/** One pending invitation, with its expiry written out. */
export interface InvitationRow {
  id: string;
  email: string;
  role: UserRole;
  expires: string;
  expired: boolean;
  /** Whether the reader may resend or revoke it (an admin may not touch an owner's invitation). */
  manageable: boolean;
}

/** A member's day of joining ("12 May 2026"), in the reader's language and zone. */
function formatDay(date: Date, formatting: Formatting): string {
  return new Intl.DateTimeFormat(formatting.locale, { dateStyle: 'medium', timeZone: formatting.timeZone }).format(date);
}

export function toMemberRow(
  member: { id: string; name: string; email: string; role: UserRole; createdAt: Date },
  reader: { id: string; assignable: MemberRole[] },
  formatting: Formatting,
): MemberRow {
  const mayTouch = reader.assignable.includes(member.role as MemberRole);
  const isYou = member.id === reader.id;
  return {
    id: member.id,
    name: member.name,
    email: member.email,
    role: member.role,
    since: formatDay(member.createdAt, formatting),
    isYou,
    assignable: mayTouch ? reader.assignable : [],
    // Oneself leaves through "Leave team" instead.
    removable: mayTouch && !isYou,
  };
}

export function toInvitationRow(
  invitation: { id: string; email: string; role: UserRole; expiresAt: Date },
  reader: { assignable: MemberRole[]; at: Date },
  formatting: Formatting,
): InvitationRow {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    expires: formatDateTime(invitation.expiresAt, formatting),
    expired: invitation.expiresAt.getTime() <= reader.at.getTime(),
    manageable: reader.assignable.includes(invitation.role as MemberRole),
  };
}
