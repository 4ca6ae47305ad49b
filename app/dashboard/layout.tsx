import type { ReactNode } from 'react';
import { saveLocaleAction } from '@/app/dashboard/settings/actions';
import { AppShell } from '@/components/shell/app-shell';
import { requireUser } from '@/lib/auth/session';

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return <AppShell user={user} chooseLocale={saveLocaleAction}>{children}</AppShell>;
}
