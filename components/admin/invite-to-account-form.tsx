'use client';

import { useState } from 'react';
import { InvitationLink } from '@/components/team/invitation-link';
import { InviteMemberForm } from '@/components/team/invite-member-form';
import type { IssuedLink } from '@/components/team/team-actions';
import { MEMBER_ROLES } from '@/lib/access/permissions';
import type { InviteAction } from './account-actions';

/** The team page's invite form, for an operator: any member role; the link comes back to be shown once. */
export function InviteToAccountForm({ invite }: { invite: InviteAction }) {
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  return (
    <div className="flex flex-col gap-4 px-4 py-3">
      <InviteMemberForm roles={[...MEMBER_ROLES]} invite={invite} onIssued={setIssued} />
      {issued ? <InvitationLink key={issued.link} issued={issued} onDone={() => setIssued(null)} /> : null}
    </div>
  );
}
