import createNextIntlPlugin from 'next-intl/plugin';

// The dashboard's language comes from the signed-in user, not the URL (lib/i18n/request.ts).
const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Loaded from node_modules at run time, not bundled: PGlite ships WASM and data files, argon2 a
  // native binary, and rate-limiter-flexible imports drizzle-orm by a computed name.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pino', 'pino-pretty', 'drizzle-orm', 'rate-limiter-flexible'],
  // Lets several builds (e2e runs, parallel work) live side by side without clobbering `.next`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  experimental: {
    // forbidden() renders app/forbidden.tsx with a real 403 status.
    authInterrupts: true,
  },
  // The Playwright specs (and curl examples) use 127.0.0.1; `next dev` only trusts localhost otherwise.
  allowedDevOrigins: ['127.0.0.1'],
  // Provider paths end with "/" and must be answered as written, never redirected (a redirected POST loses its body).
  skipTrailingSlashRedirect: true,
  // Nobody needs to know the framework; attackers least of all.
  poweredByHeader: false,
  // Fixed headers for every path, static files included (the per-request CSP and HSTS are proxy.ts's).
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
