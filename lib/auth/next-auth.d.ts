import 'next-auth';

declare module 'next-auth' {
  interface Session {
    /** Who signed in; everything else about them is read from the database per request (lib/auth/session.ts). */
    user: { id: string };
  }
}
