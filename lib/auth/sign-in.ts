import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { account, user, type UserRole } from '@/db/schema';
import { AppError } from '@/lib/errors/app-error';
import { commonErrors } from '@/lib/errors/common';
import { failureLimiter } from '@/lib/security/rate-limiter';
import { decoyPasswordHash, verifyPassword } from './password';

/** What a session knows about its user: never the password hash. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  entityUuid: string;
}

const WINDOW_SECONDS = 15 * 60;

export const accountSuspended = () =>
  new AppError({
    status: 403,
    code: 'account_suspended',
    message: 'This account is suspended; contact the platform',
    translation: 'Esta conta está suspensa; fale com a plataforma',
  });

export const invalidCredentials = () =>
  new AppError({
    status: 401,
    code: 'invalid_credentials',
    message: 'Invalid email or password',
    translation: 'E-mail ou senha inválidos',
  });

/**
 * Checks an email and password. Failures are counted per email (5 per 15 minutes) and per IP
 * (30 per 15 minutes) in the database, so guessing is throttled across every server process.
 */
export async function verifyCredentials(
  db: Db,
  input: { email: string; password: string; ip: string },
): Promise<SessionUser> {
  const email = input.email.trim().toLowerCase();
  const perEmail = failureLimiter(db, { keyPrefix: 'signin:email', points: 5, durationSeconds: WINDOW_SECONDS });
  const perIp = failureLimiter(db, { keyPrefix: 'signin:ip', points: 30, durationSeconds: WINDOW_SECONDS });

  const wait = Math.max(await perEmail.retryAfter(email), await perIp.retryAfter(input.ip));
  if (wait > 0) throw commonErrors.tooManyRequests(wait);

  const [found] = await db
    .select({ user, suspendedAt: account.suspendedAt })
    .from(user)
    .innerJoin(account, eq(account.entityUuid, user.entityUuid))
    .where(eq(sql`lower(${user.email})`, email))
    .limit(1);
  const valid = await verifyPassword(found?.user.passwordHash ?? (await decoyPasswordHash()), input.password);

  if (!found || !valid) {
    await Promise.all([perEmail.recordFailure(email), perIp.recordFailure(input.ip)]);
    throw invalidCredentials();
  }
  await perEmail.reset(email);
  // Said only after the password proved who is asking, so it reveals nothing to a guesser.
  if (found.suspendedAt) throw accountSuspended();
  const { id, name, role, entityUuid } = found.user;
  return { id, email: found.user.email, name, role, entityUuid };
}
