import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustedProxies } from './peer-address';

describe('clientAddress', () => {
  it('served directly, is the socket peer whatever X-Forwarded-For claims', () => {
    const none = parseTrustedProxies('');
    expect(clientAddress('203.0.113.9', '6.6.6.6', none)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:203.0.113.9', undefined, none)).toBe('203.0.113.9');
  });

  it('behind trusted proxies, is the right-most address they did not write', () => {
    const trusted = parseTrustedProxies('10.0.0.0/8, 192.0.2.1');
    // Client 198.51.100.7 → LB 192.0.2.1 → internal proxy 10.1.2.3 → us; the client forged 6.6.6.6.
    expect(clientAddress('10.1.2.3', '6.6.6.6, 198.51.100.7, 192.0.2.1', trusted)).toBe('198.51.100.7');
    // A peer outside the trusted ranges is the client, its header notwithstanding.
    expect(clientAddress('198.51.100.8', '6.6.6.6', trusted)).toBe('198.51.100.8');
    // A trusted proxy that forwarded nothing is itself the last word.
    expect(clientAddress('10.1.2.3', undefined, trusted)).toBe('10.1.2.3');
  });

  it('refuses a malformed setting instead of trusting too much', () => {
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow();
    expect(() => parseTrustedProxies('load-balancer')).toThrow();
  });
});
