import { Agent, request } from 'undici';
import { REQUEST_TIMEOUT_MS } from './settings';

/** What came back: an answer, or no answer (a refused or cut connection, a timeout). */
export type Outcome = Answer | NoAnswer;

export interface Answer {
  kind: 'answer';
  status: number;
  headers: Record<string, string>;
  text: string;
  /** The body as JSON, or undefined when it is not JSON. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are checked field by field
  body: any;
  ms: number;
  server: string;
}

export interface NoAnswer {
  kind: 'none';
  /** The transport error's code (ECONNREFUSED, UND_ERR_SOCKET, …) or `timeout`. */
  error: string;
  ms: number;
  server: string;
}

export interface CallOptions {
  token?: string;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as it is (with `contentType`, JSON by default). */
  raw?: string;
  contentType?: string;
  idempotencyKey?: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

// Keep-alive connections, unlimited per origin, so a burst of concurrent requests is concurrent.
const dispatcher = new Agent({ keepAliveTimeout: 4_000, connections: null, pipelining: 1 });

export async function call(server: string, method: string, path: string, options: CallOptions = {}): Promise<Outcome> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.idempotencyKey !== undefined) headers['idempotency-key'] = options.idempotencyKey;
  let body: string | undefined;
  if (options.json !== undefined) body = JSON.stringify(options.json);
  if (options.raw !== undefined) body = options.raw;
  if (body !== undefined) headers['content-type'] ??= options.contentType ?? 'application/json';
  const started = performance.now();
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await request(`${server}${path}`, { method: method.toUpperCase() as 'GET', headers, body, dispatcher, signal });
    const text = await response.body.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    const flat: Record<string, string> = {};
    for (const [name, value] of Object.entries(response.headers)) if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
    return { kind: 'answer', status: response.statusCode, headers: flat, text, body: parsed, ms: performance.now() - started, server };
  } catch (error) {
    return { kind: 'none', error: signal.aborted ? 'timeout' : errorCode(error), ms: performance.now() - started, server };
  }
}

function errorCode(error: unknown): string {
  for (let e = error; e instanceof Error; e = e.cause) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code) return code;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Calls as one API client, alternating between the servers given (round robin per request). */
export class ApiClient {
  private next = 0;

  constructor(
    readonly servers: readonly string[],
    readonly token: string,
  ) {}

  /** The server the next request goes to; advances the rotation. */
  pick(): string {
    const server = this.servers[this.next % this.servers.length]!;
    this.next += 1;
    return server;
  }

  send(method: string, path: string, options: Omit<CallOptions, 'token'> & { server?: string } = {}): Promise<Outcome> {
    return call(options.server ?? this.pick(), method, path, { ...options, token: this.token });
  }

  get(path: string, options: Omit<CallOptions, 'token'> & { server?: string } = {}): Promise<Outcome> {
    return this.send('GET', path, options);
  }

  post(path: string, json: unknown, options: Omit<CallOptions, 'token' | 'json'> & { server?: string } = {}): Promise<Outcome> {
    return this.send('POST', path, { ...options, json });
  }
}

/** The answer, or an error naming what came back instead. For set-up steps that must succeed. */
export function expectAnswer(outcome: Outcome, status: number | number[], what: string): Answer {
  const wanted = Array.isArray(status) ? status : [status];
  if (outcome.kind === 'answer' && wanted.includes(outcome.status)) return outcome;
  throw new Error(`${what}: expected ${wanted.join(' or ')}, got ${describe(outcome)}`);
}

/** One line for a report: the status and the start of the body, or the transport error. */
export function describe(outcome: Outcome): string {
  return outcome.kind === 'answer' ? `${outcome.status} ${outcome.text.slice(0, 300)}` : `no answer (${outcome.error} after ${Math.round(outcome.ms)} ms)`;
}
