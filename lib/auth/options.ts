import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/db/client';
import { env } from '@/lib/env';
import { isAppError } from '@/lib/errors/app-error';
import { clientIpFrom } from '@/lib/http/client-ip';
import { nulCharacterPath } from '@/lib/http/nul-character';
import { logger } from '@/lib/logger';
import { signInSchema } from './schemas';
import { verifyCredentials } from './sign-in';

let options: NextAuthOptions | undefined;

/**
 * next-auth's configuration, built on first use rather than at import, so `next build` (which
 * loads every route) needs no production secret; the server checks them when it starts.
 */
export function authOptions(): NextAuthOptions {
  options ??= {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
    pages: { signIn: '/login' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, req) {
          const parsed = signInSchema.safeParse(credentials);
          // A NUL character cannot be in a stored email or password, and PostgreSQL would fail on it.
          if (!parsed.success || nulCharacterPath(parsed.data)) throw new Error('Invalid email or password');
          try {
            return await verifyCredentials(await getDb(), { ...parsed.data, ip: clientIpFrom(new Headers(req?.headers as Record<string, string> | undefined)) });
          } catch (error) {
            // next-auth hands the thrown message to the sign-in form; only our own messages may reach it.
            if (isAppError(error)) throw new Error(error.message);
            logger.error({ err: error }, 'sign-in failed unexpectedly');
            throw new Error('Sign-in is unavailable right now; try again shortly');
          }
        },
      }),
    ],
    callbacks: {
      // Only who signed in goes into the token (never the password hash): the role and the account
      // are read from the database on every request (`currentUser`), so a change acts at once.
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        session.user = { id: token.sub! };
        return session;
      },
    },
  };
  return options;
}
