import { NASTY_VALUES, RAW_BODIES } from '@/lib/testing/hostile-inputs';
import { randomUUID } from 'node:crypto';
import { z, type ZodType } from 'zod';
import { isIdempotentWrite, type Operation } from '@/lib/api/operation';
import { parseJson } from '@/lib/http/json';
import { nulCharacterPath } from '@/lib/http/nul-character';
import type { FixtureTenant } from './fixture-tenant';

/**
 * Requests that are wrong by construction, for any operation of the document: a bad or missing
 * token, an id that names nothing (or is no id at all, or does not even decode), a query value its
 * schema refuses, a body that is not JSON or that its schema refuses (checked here with the
 * operation's own zod schema and the door's own JSON reading, so nothing generated is secretly
 * valid), or a valid write with a malformed Idempotency-Key. Seeded, so a run replays.
 */
export interface MalformedRequest {
  fault: 'token' | 'path' | 'query' | 'body' | 'raw body' | 'idempotency key' | 'token request';
  method: string;
  /** Path and query, encoded as sent. */
  url: string;
  /** undefined: the tenant's token; null: no Authorization header; a string: that header. */
  authorization?: string | null;
  raw?: string;
  contentType?: string;
  idempotencyKey?: string;
  /** What was changed, for a failure report. */
  detail: string;
}

// Path values that name nothing: not ids, ids of nothing, text that does not decode (sent raw).
// (Not `..`: a URL's dot segments are resolved before sending, so it names another route.)
const PATH_VALUES = ['not-a-uuid', ' ', '\u0000', 'x'.repeat(300), '😀', "'; drop table wallet; --", '00000000-0000-0000-0000-000000000000', 'RANDOM_UUID', '%ZZ', '%C0%AF'];
const RAW_PATH_VALUES = new Set(['%ZZ', '%C0%AF']);

const AUTHORIZATIONS: (string | null)[] = [null, '', 'Bearer', 'Bearer not-a-jwt', 'Basic Zm9vOmJhcg==', 'Bearer TAMPERED', `Bearer ${'x'.repeat(4000)}`];
const BAD_KEYS = ['', 'a b', 'x'.repeat(256), 'tab\there'];

/** A seeded random source (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function malformedRequests(operation: Operation, fixture: FixtureTenant, token: string, count: number, random: () => number): MalformedRequest[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const params = fixture.paramsFor(operation);
  const base = fixture.bodyFor(operation);
  const method = operation.method.toUpperCase();
  const url = (values: Record<string, string>, query = '') =>
    operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const value = values[name]!;
      return RAW_PATH_VALUES.has(value) ? value : encodeURIComponent(value.toWellFormed());
    }) + query;
  const json = (value: unknown) => JSON.stringify(value);

  const makers: (() => MalformedRequest | null)[] = [];
  if (operation.operationId === 'issueAccessToken') {
    makers.push(() => tokenRequestFault(pick, fixture));
  } else {
    if (operation.auth !== 'none') {
      makers.push(() => {
        const header = pick(AUTHORIZATIONS);
        const authorization = header === 'Bearer TAMPERED' ? `Bearer ${tamper(token)}` : header;
        return { fault: 'token', method, url: url(params), authorization, ...bodyOf(base), detail: `Authorization: ${String(authorization).slice(0, 40)}` };
      });
    }
    const names = Object.keys(params);
    if (names.length) {
      makers.push(() => {
        const name = pick(names);
        let value = pick(PATH_VALUES);
        if (value === 'RANDOM_UUID') value = randomUUID();
        return { fault: 'path', method, url: url({ ...params, [name]: value }), ...bodyOf(base), detail: `${name} = ${json(value).slice(0, 60)}` };
      });
    }
    const queryNames = propertiesOf(operation.query);
    if (operation.query && queryNames.length) {
      makers.push(() => {
        const name = pick(queryNames);
        const value = pick(NASTY_VALUES);
        const text = typeof value === 'string' ? value : (json(value) ?? '');
        const query = { [name]: text.toWellFormed() };
        if (accepts(operation.query!, query)) return null;
        return { fault: 'query', method, url: url(params, `?${new URLSearchParams(query)}`), ...bodyOf(base), detail: `?${name}=${text.slice(0, 60)}` };
      });
    }
    if (operation.body && method !== 'GET') {
      makers.push(() => {
        const raw = pick(RAW_BODIES);
        // An object with only unknown fields is a valid body where every field is optional.
        if (acceptsText(operation.body!, raw)) return null;
        return { fault: 'raw body', method, url: url(params), raw, detail: `body ${raw.slice(0, 40)}` };
      });
      const paths = [...leafPaths(base), ...propertiesOf(operation.body).map((p) => [p])];
      makers.push(() => {
        const path = pick(paths);
        const value = random() < 0.15 ? undefined : pick(NASTY_VALUES);
        const raw = json(mutate(base, path, value));
        if (raw === undefined || acceptsText(operation.body!, raw)) return null;
        return { fault: 'body', method, url: url(params), raw, detail: `${path.join('.') || '(body)'} = ${value === undefined ? '(removed)' : json(value)?.slice(0, 60)}` };
      });
    }
    if (isIdempotentWrite(operation)) {
      makers.push(() => {
        const key = pick(BAD_KEYS);
        return { fault: 'idempotency key', method, url: url(params), ...bodyOf(base), idempotencyKey: key, detail: `Idempotency-Key ${json(key).slice(0, 40)}` };
      });
    }
  }

  const requests: MalformedRequest[] = [];
  for (let tries = 0; requests.length < count && makers.length && tries < count * 20; tries++) {
    const made = pick(makers)();
    if (made) requests.push(made);
  }
  return requests;
}

function bodyOf(base: unknown): Pick<MalformedRequest, 'raw'> {
  return base === undefined ? {} : { raw: JSON.stringify(base) };
}

/** The token endpoint's own faults: its body is a form, and wrong credentials are a fault too. */
function tokenRequestFault(pick: <T>(items: readonly T[]) => T, fixture: FixtureTenant): MalformedRequest {
  const client = fixture.tokenClient;
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const faults: [string, string, string?][] = [
    ['no grant_type', form({ client_id: client.id, client_secret: client.secret })],
    ['grant_type=password', form({ grant_type: 'password', client_id: client.id, client_secret: client.secret })],
    ['a wrong secret', form({ grant_type: 'client_credentials', client_id: client.id, client_secret: 'sk_test_wrong' })],
    ['an unknown client', form({ grant_type: 'client_credentials', client_id: randomUUID(), client_secret: client.secret })],
    ['a client id that is no id', form({ grant_type: 'client_credentials', client_id: "'; drop table api_client; --", client_secret: 'x' })],
    ['no secret', form({ grant_type: 'client_credentials', client_id: client.id })],
    ['a repeated parameter', `${form({ grant_type: 'client_credentials', client_id: client.id, client_secret: client.secret })}&grant_type=client_credentials`],
    ['a NUL character', form({ grant_type: 'client_credentials', client_id: client.id, client_secret: `${client.secret}\u0000` })],
    ['a scope it lacks', form({ grant_type: 'client_credentials', client_id: client.id, client_secret: client.secret, scope: 'webhook:write' })],
    ['JSON that is an array', '[1,2]', 'application/json'],
    ['broken JSON', '{"grant_type":', 'application/json'],
    ['a huge body', form({ grant_type: 'client_credentials', client_id: 'x'.repeat(100_000), client_secret: 'y' })],
  ];
  const [detail, raw, contentType] = pick(faults);
  return { fault: 'token request', method: 'POST', url: '/api/oauth2/token', authorization: null, raw, contentType: contentType ?? 'application/x-www-form-urlencoded', detail };
}

/** The door's reading of a body: empty is no body; otherwise lossless JSON, no NUL anywhere, then the schema. */
function acceptsText(schema: ZodType, text: string): boolean {
  let value: unknown;
  try {
    value = text.trim() ? parseJson(text) : undefined;
  } catch {
    return false;
  }
  return accepts(schema, value);
}

function accepts(schema: ZodType, value: unknown): boolean {
  return !nulCharacterPath(value) && schema.safeParse(value).success;
}

function propertiesOf(schema: ZodType | undefined): string[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, unknown>; $ref?: string; $defs?: Record<string, { properties?: Record<string, unknown> }> };
  const resolved = json.$ref && json.$defs ? json.$defs[json.$ref.split('/').pop()!] : json;
  return Object.keys(resolved?.properties ?? {});
}

/** Replaces, drops (undefined) or adds one field somewhere in a copy of `base`. */
function mutate(base: unknown, path: string[], replacement: unknown): unknown {
  if (!path.length) return replacement;
  const copy: Record<string, unknown> = base && typeof base === 'object' && !Array.isArray(base) ? { ...(base as Record<string, unknown>) } : {};
  const [head, ...rest] = path as [string, ...string[]];
  if (replacement === undefined && !rest.length) delete copy[head];
  else copy[head] = mutate(copy[head], rest, replacement);
  return copy;
}

function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return [prefix, ...Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...prefix, key]))];
}

/** The token with its signature's last characters changed: well-formed, wrongly signed. */
function tamper(token: string): string {
  const last = token.slice(-4);
  return token.slice(0, -4) + (last === 'AAAA' ? 'BBBB' : 'AAAA');
}
