import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';

// The options are read per request, not at import: `next build` loads this file without secrets.
function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
