import type { ReactNode } from 'react';
import { saveLocaleAction } from '@/app/dashboard/settings/actions';
import { AppShell } from '@/components/shell/app-shell';
import { requireOperator } from '@/lib/auth/session';

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireOperator();
  return <AppShell user={user} chooseLocale={saveLocaleAction}>{children}</AppShell>;
}
