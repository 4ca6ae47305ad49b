import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LookupAddress } from 'node:dns';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addressRange,
  createDeliveryDispatcher,
  isPublicAddress,
  privateTargetsAllowed,
  publicOnlyLookup,
  TargetRefusedError,
  type ResolveAll,
} from './target-guard';

describe('address classification', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['224.0.0.1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['64:ff9b::7f00:1', 'rfc6052'],
    ['2002:7f00:1::', '6to4'],
    ['not-an-address', 'invalid'],
  ])('refuses %s (%s)', (address, range) => {
    expect(addressRange(address)).toBe(range);
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['8.8.8.8', '1.1.1.1', '2001:4860:4860::8888', '::ffff:8.8.8.8'])('allows public %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it('allows private targets only in development and tests', () => {
    expect(privateTargetsAllowed('development')).toBe(true);
    expect(privateTargetsAllowed('test')).toBe(true);
    expect(privateTargetsAllowed('sandbox')).toBe(false);
    expect(privateTargetsAllowed('production')).toBe(false);
  });
});

function resolvingTo(...addresses: string[]): ResolveAll {
  const found: LookupAddress[] = addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  return (_hostname, _options, callback) => callback(null, found);
}

function lookUp(resolveAll: ResolveAll, all: boolean) {
  return new Promise<{ error: Error | null; address: unknown; family?: number }>((resolve) =>
    publicOnlyLookup(resolveAll)('hooks.example.com', { all }, (error, address, family) => resolve({ error, address, family })),
  );
}

describe('publicOnlyLookup', () => {
  it('hands public addresses to the socket in the shape it asked for', async () => {
    const resolveAll = resolvingTo('93.184.216.34', '2606:2800:220:1::1');
    expect(await lookUp(resolveAll, false)).toEqual({ error: null, address: '93.184.216.34', family: 4 });
    const all = await lookUp(resolveAll, true);
    expect(all.error).toBeNull();
    expect(all.address).toEqual([
      { address: '93.184.216.34', family: 4 },
      { address: '2606:2800:220:1::1', family: 6 },
    ]);
  });

  it('refuses a name if any of its addresses is private', async () => {
    const { error } = await lookUp(resolvingTo('93.184.216.34', '10.0.0.5'), true);
    expect(error).toBeInstanceOf(TargetRefusedError);
    expect((error as TargetRefusedError).address).toBe('10.0.0.5');
  });

  it('passes resolver failures through', async () => {
    const failing: ResolveAll = (_h, _o, callback) => callback(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }), []);
    const { error } = await lookUp(failing, false);
    expect((error as NodeJS.ErrnoException).code).toBe('ENOTFOUND');
  });
});

describe('delivery dispatcher', () => {
  let server: Server;
  let port: number;
  let requests = 0;

  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests += 1;
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function post(url: string, allowPrivateTargets: boolean, resolveAll?: ResolveAll) {
    const dispatcher = createDeliveryDispatcher({ allowPrivateTargets, resolveAll });
    try {
      const response = await request(url, { method: 'POST', body: '{}', dispatcher });
      return { status: response.statusCode, body: await response.body.text() };
    } finally {
      await dispatcher.close();
    }
  }

  it('reaches a loopback receiver when private targets are allowed', async () => {
    expect(await post(`http://127.0.0.1:${port}/hook`, true)).toEqual({ status: 200, body: 'ok' });
  });

  it.each([
    ['an IPv4 literal', (p: number) => `http://127.0.0.1:${p}/hook`],
    ['an IPv4-mapped IPv6 literal', (p: number) => `http://[::ffff:127.0.0.1]:${p}/hook`],
    ['an integer IPv4 literal', (p: number) => `http://2130706433:${p}/hook`],
    ['a name resolving to loopback', (p: number) => `http://localhost:${p}/hook`],
  ])('refuses %s before connecting when they are not', async (_what, url) => {
    const before = requests;
    await expect(post(url(port), false)).rejects.toBeInstanceOf(TargetRefusedError);
    expect(requests).toBe(before);
  });

  it('checks the addresses a name has when the socket connects (DNS rebinding)', async () => {
    const answers = ['93.184.216.34', '127.0.0.1'];
    let lookups = 0;
    const rebinding: ResolveAll = (_h, _o, callback) => {
      lookups += 1;
      callback(null, [{ address: answers.shift() ?? '127.0.0.1', family: 4 }]);
    };
    // A first resolution (say, a validation step) sees a public address; the connection itself
    // resolves again, gets loopback, and is refused.
    await new Promise((resolve) => rebinding('rebind.example', { all: true }, resolve));
    const before = requests;
    await expect(post(`http://rebind.example:${port}/hook`, false, rebinding)).rejects.toBeInstanceOf(TargetRefusedError);
    expect(lookups).toBe(2);
    expect(requests).toBe(before);
  });
});
