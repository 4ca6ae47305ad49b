import type { Db } from '@/db/client';
import { apiClient } from '@/db/schema';
import { contractProblems, findOperation } from '@/lib/api/response-contract';
import { operationOf } from '@/lib/api/serve';
import type { Scope } from '@/lib/api/scopes';
import { signAccessToken } from '@/lib/api/token';
import { generateClientSecret, hashClientSecret } from '@/lib/credentials/secrets';
import { OPERATIONS } from '@/lib/domains';

/**
 * An API client row and a valid Bearer token for it, minted directly so contract tests of a route
 * need not go through the token endpoint (which has tests of its own).
 */
export async function createTestApiClient(
  db: Db,
  options: { entityUuid: string; scopes: Scope[]; walletUuid?: string | null },
) {
  const secret = generateClientSecret('test');
  const [client] = await db
    .insert(apiClient)
    .values({
      entityUuid: options.entityUuid,
      walletUuid: options.walletUuid ?? null,
      name: 'test client',
      scopes: options.scopes,
      secretHash: hashClientSecret(secret),
      secretLastFour: secret.slice(-4),
    })
    .returning();
  const token = await signAccessToken({
    clientId: client!.clientId,
    entityUuid: options.entityUuid,
    walletUuid: options.walletUuid ?? null,
    scopes: options.scopes,
  });
  return { client: client!, token };
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/**
 * Calls a route handler in-process, the way Next.js would: a real Request in, a real Response out,
 * against the real database. Returns the status, headers and parsed JSON body, after checking the
 * answer against the declared operation (the handler's own, or the one serving the method and
 * path): an undeclared status, a body off its schema or an unlisted error code fails the test.
 * Handlers of no operation (the door's own tests) are not checked.
 */
export async function callRoute(
  handler: Handler,
  options: {
    method?: string;
    path: string;
    token?: string;
    body?: unknown;
    rawBody?: string;
    params?: Record<string, string>;
    headers?: Record<string, string>;
  },
) {
  const headers = new Headers(options.headers);
  if (options.token) headers.set('authorization', `Bearer ${options.token}`);
  const hasBody = options.body !== undefined || options.rawBody !== undefined;
  if (hasBody) headers.set('content-type', 'application/json');
  const request = new Request(new URL(options.path, 'http://localhost'), {
    method: options.method ?? (hasBody ? 'POST' : 'GET'),
    headers,
    body: options.rawBody ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
  });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests assert on arbitrary JSON shapes
  const body: any = text ? JSON.parse(text) : null;
  const operation = operationOf(handler) ?? findOperation(OPERATIONS, request.method, options.path);
  const problems = operation ? contractProblems(operation, response.status, body) : [];
  if (problems.length) throw new Error(`The answer breaks the API contract:\n${problems.join('\n')}\n${text}`);
  return { status: response.status, headers: response.headers, body };
}
