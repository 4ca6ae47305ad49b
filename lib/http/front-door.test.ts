import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { frontDoor } from './front-door';
import { parseTrustedProxies } from './peer-address';

// A real server on a real socket, with a stand-in for Next.js that answers the headers it was given.
async function serve(trusted: string) {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer(
    frontDoor(
      (request, response) => {
        seen.push(request.headers);
        response.end('ok');
      },
      { trustedProxies: parseTrustedProxies(trusted) },
    ),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

describe('the front door', async () => {
  const direct = await serve('');
  const behindProxy = await serve('127.0.0.1');

  it('served directly, hands Next.js the socket peer and never a forged X-Forwarded-For', async () => {
    await fetch(`${direct.url}/api/oauth2/token`, { headers: { 'x-forwarded-for': '6.6.6.6' } });
    expect(direct.seen.at(-1)?.['x-forwarded-for']).toBe('127.0.0.1');
  });

  it('behind a trusted proxy, believes the address that proxy appended, not what the client wrote', async () => {
    await fetch(`${behindProxy.url}/login`, { headers: { 'x-forwarded-for': '6.6.6.6, 198.51.100.7' } });
    expect(behindProxy.seen.at(-1)?.['x-forwarded-for']).toBe('198.51.100.7');
  });

  it('answers a path that does not decode itself, in the family dialect, without calling Next.js', async () => {
    const before = direct.seen.length;
    const response = await fetch(`${direct.url}/api/v1/bank/wallet/%ZZ/`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'validation_error' });
    expect(direct.seen.length).toBe(before);
  });
});
