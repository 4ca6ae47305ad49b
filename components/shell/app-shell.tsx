import type { ReactNode } from 'react';
import type { SessionUser } from '@/lib/auth/sign-in';
import { adminNav, merchantNav } from './nav-items';
import { NavLinks } from './nav-links';
import { SignOutButton } from './sign-out-button';

export function AppShell({ user, children }: { user: SessionUser; children: ReactNode }) {
  return (
    <div className="flex min-h-screen">
      <aside className="flex w-60 shrink-0 flex-col border-r border-slate-200 bg-white p-4">
        <p className="mb-6 px-3 text-base font-semibold text-brand-700">Wallet Platform</p>
        <nav aria-label="Main" className="flex flex-1 flex-col gap-6">
          <NavLinks items={merchantNav} />
          {user.role === 'admin' ? (
            <div>
              <p className="mb-1 px-3 text-xs font-semibold uppercase tracking-wide text-slate-400">Operations</p>
              <NavLinks items={adminNav} />
            </div>
          ) : null}
        </nav>
        <div className="border-t border-slate-200 pt-4">
          <p className="px-3 text-sm font-medium" data-testid="signed-in-user">
            {user.name}
          </p>
          <p className="mb-2 px-3 text-xs text-slate-500">{user.email}</p>
          <SignOutButton />
        </div>
      </aside>
      <main className="flex-1 overflow-x-auto p-8">{children}</main>
    </div>
  );
}
