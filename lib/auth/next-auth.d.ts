import type { SessionUser } from '@/lib/auth/sign-in';

declare module 'next-auth' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface User extends SessionUser {}
  interface Session {
    user: SessionUser;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role: SessionUser['role'];
    entityUuid: string;
  }
}
