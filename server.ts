/**
 * `npm start`: the production server. Next.js, behind a thin Node HTTP layer that does the two
 * things a framework route cannot, because they happen before routing:
 *
 * - It knows the socket's peer, so per-address limits (sign-in, the token endpoint) count who
 *   really connected, or whom the proxies named in `TRUSTED_PROXIES` say connected. `next start`
 *   keeps a client-written `X-Forwarded-For` as it came, so anyone could pick a fresh budget per
 *   request.
 * - It answers a path that is not valid percent-encoding with a 400 in the route family's dialect,
 *   where Next.js's router would throw and answer a plain 500.
 *
 * Both live in lib/http/front-door.ts.
 *
 * Options as `next start`'s: `-p/--port` (or PORT, default 3000), `-H/--hostname` (default all).
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

// Before Next.js loads, which reads it once. (Typed read-only by Next's types, hence the cast.)
(process.env as Record<string, string | undefined>).NODE_ENV ??= 'production';

const [{ default: next }, { env }, { frontDoor }, { parseTrustedProxies }] = await Promise.all([
  import('next'),
  import('@/lib/env'),
  import('@/lib/http/front-door'),
  import('@/lib/http/peer-address'),
]);

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
const trustedProxies = parseTrustedProxies(env().TRUSTED_PROXIES);

const app = next({ dev: false, hostname, port });
await app.prepare();

const server = createServer(frontDoor(app.getRequestHandler(), { trustedProxies }));

server.listen(port, hostname, () => {
  console.log(`▲ Wallet Platform on http://${hostname ?? 'localhost'}:${port}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold the close open; they get a moment, not forever.
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
