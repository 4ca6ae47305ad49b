import type { ReactNode } from 'react';
import { saveLocaleAction } from '@/app/dashboard/settings/actions';
import { AppShell } from '@/components/shell/app-shell';
import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  // Operators work across accounts from /admin; their own (the platform's) has no dashboard.
  if (user.role === 'operator') redirect('/admin');
  return <AppShell user={user} chooseLocale={saveLocaleAction}>{children}</AppShell>;
}
