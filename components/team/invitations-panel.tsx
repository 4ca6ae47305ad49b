'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { MemberRole } from '@/lib/access/permissions';
import { InvitationLink } from './invitation-link';
import { InvitationsTable } from './invitations-table';
import { InviteMemberForm } from './invite-member-form';
import type { InvitationActions, IssuedLink } from './team-actions';
import type { InvitationRow } from './team-rows';

/**
 * The invite form (for managers) and the pending invitations. Invite and Resend both end in the
 * one link box, so the link just issued is the only one on screen.
 */
export function InvitationsPanel({
  rows,
  manage,
}: {
  rows: InvitationRow[];
  /** What a team manager may do; null for every other member, who only reads. */
  manage: { roles: MemberRole[]; ttlDays: number; actions: InvitationActions } | null;
}) {
  const t = useTranslations('team');
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  return (
    <>
      {manage ? (
        <section aria-labelledby="invite-title" className="mb-6 rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="invite-title" className="text-lg font-semibold">
            {t('inviteTitle')}
          </h2>
          <p className="mb-4 mt-1 text-sm text-slate-600">{t('inviteDescription', { days: manage.ttlDays })}</p>
          <InviteMemberForm roles={manage.roles} invite={manage.actions.invite} onIssued={setIssued} />
        </section>
      ) : null}
      {issued ? (
        <div className="mb-6">
          <InvitationLink key={issued.link} issued={issued} onDone={() => setIssued(null)} />
        </div>
      ) : null}
      <section aria-labelledby="invitations-title" className="mb-6 rounded-lg border border-slate-200 bg-white">
        <h2 id="invitations-title" className="px-4 pt-4 text-lg font-semibold">
          {t('invitationsTitle')}
        </h2>
        <InvitationsTable rows={rows} actions={manage?.actions ?? null} onIssued={setIssued} />
      </section>
    </>
  );
}
