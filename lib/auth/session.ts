import 'server-only';
import { getServerSession } from 'next-auth';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { can, type Permission } from '@/lib/access/permissions';
import { operatorFromUser, type Operator } from './caller';
import { authOptions } from './options';
import { loadSessionUser } from './session-user';
import type { SessionUser } from './sign-in';

/**
 * The signed-in dashboard user as the database has it now, or null (no session, the login removed,
 * its account suspended). Once per request, however many components ask.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id) return null;
  return loadSessionUser(await getDb(), id);
});

/** The signed-in user; anyone else is sent to the sign-in page and brought back afterwards. */
export async function requireUser(returnTo = '/dashboard'): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** A member whose role holds the permission; anyone else signed in gets the 403 page. */
export async function requirePermission(permission: Permission, returnTo: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!can(user.role, permission)) forbidden();
  return user;
}

/** A platform operator; anyone else signed in gets the 403 page. */
export async function requireOperator(returnTo = '/admin'): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (user.role !== 'operator') forbidden();
  return user;
}

/** The signed-in operator as an Operator, the only caller the cross-account services accept. */
export async function operatorFromSession(returnTo = '/admin'): Promise<Operator> {
  return operatorFromUser(await requireOperator(returnTo));
}
