import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { chooseLoginLocaleAction } from '@/app/login/actions';
import { LanguageSwitcher } from '@/components/shell/language-switcher';
import { AcceptInvitationForm } from '@/components/team/accept-invitation-form';
import { formatDateTime } from '@/components/ui/format';
import { getDb } from '@/db/client';
import { currentUser } from '@/lib/auth/session';
import { getFormatting } from '@/lib/i18n/formatting';
import { describeInvitation } from '@/lib/team/invitations';
import { isInvitationToken } from '@/lib/team/tokens';
import { acceptInvitationAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  // The address holds a credential: no search engine keeps it.
  return { title: (await getTranslations('invitation'))('title'), robots: { index: false, follow: false } };
}

/**
 * Public: the invitee has no login yet. Someone already signed in sees it too (they may be opening
 * a colleague's link, or their own in a shared browser), told that accepting signs in as the invitee.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, tRoles, formatting] = await Promise.all([getTranslations('invitation'), getTranslations('roles'), getFormatting()]);
  const invitation = isInvitationToken(token) ? await describeInvitation(await getDb(), token) : null;

  if (!invitation) {
    return (
      <Card title={t('unknownHeading')}>
        <p className="text-sm text-slate-700">{t('unknown')}</p>
      </Card>
    );
  }

  const signedIn = await currentUser();
  const expiresAt = formatDateTime(invitation.expiresAt, formatting);
  return (
    <Card title={t('heading', { account: invitation.accountName })}>
      <p className="mb-4 text-sm text-slate-700" data-testid="invitation-summary">
        {t('invited', { email: invitation.email, account: invitation.accountName, role: tRoles(invitation.role) })}
      </p>
      {invitation.state === 'valid' ? (
        <>
          <p className="mb-4 text-sm text-slate-600">{t('choosePassword', { expiresAt })}</p>
          {signedIn ? (
            <p role="note" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
              {t('signedInAs', { email: signedIn.email })}
            </p>
          ) : null}
          <AcceptInvitationForm email={invitation.email} accept={acceptInvitationAction.bind(null, token)} />
        </>
      ) : null}
      {invitation.state === 'expired' ? <Refusal>{t('expired', { date: expiresAt })}</Refusal> : null}
      {invitation.state === 'revoked' ? <Refusal>{t('revoked')}</Refusal> : null}
      {invitation.state === 'accepted' ? (
        <Refusal>
          {t('accepted')}{' '}
          <Link href="/login" className="font-medium text-brand-700 hover:underline">
            {t('acceptedSignIn')}
          </Link>
        </Refusal>
      ) : null}
    </Card>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-4 p-6">
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="mb-4 text-xl font-semibold">{title}</h1>
        {children}
      </div>
      <LanguageSwitcher choose={chooseLoginLocaleAction} />
    </main>
  );
}

function Refusal({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800">
      {children}
    </p>
  );
}
