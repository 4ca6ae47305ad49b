import ipaddr from 'ipaddr.js';

export type TrustedProxies = [ipaddr.IPv4 | ipaddr.IPv6, number][];

/**
 * Parses `TRUSTED_PROXIES`: a comma-separated list of addresses or CIDR ranges of the load
 * balancers in front of the servers (`10.0.0.0/8, 2001:db8::/32`). Empty: nobody is trusted, and
 * the socket's peer is the client.
 */
export function parseTrustedProxies(setting: string | undefined): TrustedProxies {
  return (setting ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      if (!entry.includes('/')) {
        const address = ipaddr.process(entry);
        return [address, address.kind() === 'ipv4' ? 32 : 128] as [ipaddr.IPv4 | ipaddr.IPv6, number];
      }
      return ipaddr.parseCIDR(entry);
    });
}

/**
 * Who connected, for per-address limits. The socket's peer, unless it is a trusted proxy: then the
 * `X-Forwarded-For` chain is read from the right (each proxy appends the address it saw), skipping
 * trusted proxies, and the first address no trusted proxy vouches for is the client. Entries a
 * client wrote itself sit to the left of that and are never read, so a forged header buys nothing.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | undefined, trusted: TrustedProxies): string {
  const chain = [...(forwardedFor ?? '').split(','), peer ?? '']
    .map((hop) => hop.trim())
    .filter(Boolean);
  while (chain.length > 1 && isTrusted(chain.at(-1)!, trusted)) chain.pop();
  return normalize(chain.at(-1) ?? 'unknown');
}

function isTrusted(address: string, trusted: TrustedProxies): boolean {
  if (!trusted.length || !ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return trusted.some(([range, bits]) => range.kind() === parsed.kind() && parsed.match(range, bits));
}

// One address, one budget: `::ffff:203.0.113.9` and `203.0.113.9` are the same client.
function normalize(address: string): string {
  return ipaddr.isValid(address) ? ipaddr.process(address).toString() : address;
}
