import { randomUUID } from 'node:crypto';
import { parseJson, stringifyJson } from '@/lib/http/json';

/** A JSON answer, read losslessly (amounts stay exact decimals), its status checked by the caller's expectation. */
export interface JsonAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** The API as an integrator calls it: a Bearer token, lossless JSON bodies (a LosslessNumber is written verbatim), a fresh Idempotency-Key per write. */
export function apiClient(base: string, token: string) {
  const call = async (method: string, path: string, body?: unknown, expected = [200, 201, 202]): Promise<JsonAnswer> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json', 'idempotency-key': randomUUID() }),
      },
      body: body === undefined ? undefined : stringifyJson(body),
    });
    const text = await response.text();
    if (!expected.includes(response.status)) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`);
    return { status: response.status, body: text ? (parseJson(text) as Record<string, unknown>) : {} };
  };
  return {
    get: (path: string, expected?: number[]) => call('GET', path, undefined, expected),
    post: (path: string, body: unknown, expected?: number[]) => call('POST', path, body, expected),
  };
}
export type ApiClient = ReturnType<typeof apiClient>;

/** An access token from the token endpoint (client credentials), as any integrator gets one. */
export async function accessToken(base: string, clientId: string, clientSecret: string): Promise<string> {
  const response = await fetch(`${base}/api/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }).toString(),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!response.ok || !body.access_token) throw new Error(`token endpoint answered ${response.status}: ${JSON.stringify(body)}`);
  return body.access_token;
}
