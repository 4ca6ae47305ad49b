import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { account, user } from '@/db/schema';
import type { SessionUser } from './sign-in';

/**
 * The user behind a session as the database has it now, or null when the login was removed or its
 * account suspended. Read on every request rather than trusted from the session cookie, so a role
 * change, a removal or a suspension takes effect on the very next click.
 */
export async function loadSessionUser(db: DbOrTx, userId: string): Promise<SessionUser | null> {
  const [row] = await db
    .select({ id: user.id, email: user.email, name: user.name, role: user.role, entityUuid: user.entityUuid, suspendedAt: account.suspendedAt })
    .from(user)
    .innerJoin(account, eq(account.entityUuid, user.entityUuid))
    .where(eq(user.id, userId));
  if (!row || row.suspendedAt) return null;
  const { suspendedAt: _, ...sessionUser } = row;
  return sessionUser;
}
