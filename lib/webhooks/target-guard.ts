import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { Agent, buildConnector, type Dispatcher } from 'undici';
import { env } from '@/lib/env';

/** A webhook URL whose address is not on the public internet, refused before any byte is sent. */
export class TargetRefusedError extends Error {
  override name = 'TargetRefusedError';
  readonly code = 'WEBHOOK_TARGET_REFUSED';
  constructor(
    readonly address: string,
    readonly range: string,
  ) {
    super(`webhook target ${address} is not a public address (${range})`);
  }
}

/**
 * ipaddr.js's name for the range an address falls in: `unicast` for the public internet, otherwise
 * `private`, `loopback`, `linkLocal`, `uniqueLocal`, `carrierGradeNat`, `multicast`,
 * `unspecified`, `reserved`… An IPv4-mapped IPv6 address is judged as the IPv4 address it carries.
 */
export function addressRange(address: string): string {
  if (!ipaddr.isValid(address)) return 'invalid';
  return ipaddr.process(address).range();
}

/**
 * Only plain public unicast passes. Ranges that tunnel or translate to IPv4 (6to4, Teredo, NAT64)
 * are refused too: they can carry a private IPv4 address, and no receiver needs them.
 */
export function isPublicAddress(address: string): boolean {
  return addressRange(address) === 'unicast';
}

/** Loopback and private receivers are for development and tests only (APP_ENV, not NODE_ENV: `next start` is always production). */
export function privateTargetsAllowed(appEnv: string = env().APP_ENV): boolean {
  return appEnv === 'development' || appEnv === 'test';
}

function refusalOf(address: string): TargetRefusedError | null {
  return isPublicAddress(address) ? null : new TargetRefusedError(address, addressRange(address));
}

/** Resolves every address of a name, as `dns.lookup` with `all: true` does. */
export type ResolveAll = (
  hostname: string,
  options: LookupAllOptions,
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

/**
 * A DNS lookup for `net.connect` that refuses a name if any of its addresses is not public. It
 * runs when the socket connects, on the very addresses it will connect to, so a name that
 * resolves to a public address for a check and to 127.0.0.1 for the request (DNS rebinding)
 * cannot slip through.
 */
export function publicOnlyLookup(resolveAll: ResolveAll = dnsLookup): LookupFunction {
  return (hostname, options, callback) => {
    resolveAll(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const refused = addresses.map((a) => refusalOf(a.address)).find(Boolean);
      if (refused) return callback(refused, '', 0);
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

export interface DeliveryDispatcherOptions {
  /** Defaults to `privateTargetsAllowed()`. */
  allowPrivateTargets?: boolean;
  connectTimeoutMs?: number;
  resolveAll?: ResolveAll;
}

/**
 * The undici dispatcher webhook requests go through. Unless private targets are allowed, every new
 * connection is checked: names through `publicOnlyLookup`, and IP literals (which `net.connect`
 * connects to without any lookup) here before connecting. Kept-alive sockets were checked when
 * they opened.
 */
export function createDeliveryDispatcher(options: DeliveryDispatcherOptions = {}): Dispatcher {
  const { allowPrivateTargets = privateTargetsAllowed(), connectTimeoutMs = 10_000, resolveAll } = options;
  if (allowPrivateTargets) return new Agent({ connect: { timeout: connectTimeoutMs } });
  const connectPublic = buildConnector({ timeout: connectTimeoutMs, lookup: publicOnlyLookup(resolveAll) });
  return new Agent({
    connect: (connectOptions, callback) => {
      const refused = isIP(connectOptions.hostname) ? refusalOf(connectOptions.hostname) : null;
      if (refused) return callback(refused, null);
      connectPublic(connectOptions, callback);
    },
  });
}
