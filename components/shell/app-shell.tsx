import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { SessionUser } from '@/lib/auth/sign-in';
import type { Locale } from '@/lib/i18n/locales';
import { LanguageSwitcher } from './language-switcher';
import { navFor } from './nav-items';
import { NavLinks } from './nav-links';
import { SignOutButton } from './sign-out-button';

export function AppShell({ user, chooseLocale, children }: { user: SessionUser; chooseLocale: (locale: Locale) => Promise<unknown>; children: ReactNode }) {
  const t = useTranslations('nav');
  const tRoles = useTranslations('roles');
  return (
    <div className="flex min-h-screen">
      <aside className="flex w-60 shrink-0 flex-col border-r border-slate-200 bg-white p-4">
        <p className="mb-6 px-3 text-base font-semibold text-brand-700">Wallet Platform</p>
        <nav aria-label={t('main')} className="flex flex-1 flex-col gap-6">
          {user.role === 'operator' ? (
            <div>
              <p className="mb-1 px-3 text-xs font-semibold uppercase tracking-wide text-slate-400">{t('operations')}</p>
              <NavLinks items={navFor(user.role)} />
            </div>
          ) : (
            <NavLinks items={navFor(user.role)} />
          )}
        </nav>
        <div className="flex flex-col gap-2 border-t border-slate-200 pt-4">
          <div>
            <p className="px-3 text-sm font-medium" data-testid="signed-in-user">
              {user.name}
            </p>
            <p className="px-3 text-xs text-slate-500">{user.email}</p>
            <p className="px-3 text-xs text-slate-500" data-testid="signed-in-role">
              {tRoles(user.role)}
            </p>
          </div>
          <LanguageSwitcher choose={chooseLocale} />
          <SignOutButton />
        </div>
      </aside>
      <main className="flex-1 overflow-x-auto p-8">{children}</main>
    </div>
  );
}
