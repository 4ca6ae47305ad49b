import { OpenApiGeneratorV31, OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Operation } from '@/lib/api/operation';
import { SCOPES } from '@/lib/api/scopes';
import { OPERATIONS } from '@/lib/domains';
import { guidPattern, parameterField } from './parameter-fields';
import { registerOperation } from './register-operation';
import { A55ErrorSchema, QiErrorSchema } from './shared';

const DESCRIPTION = `
The wallet platform's REST API. Two families of routes are wire-compatible with existing providers:
payment wallets, charges and payment links in the A55 shapes (\`/api/v1/bank/…\`), and credit wallets
in the QI shapes (\`/api/v1/credit/…\`): a client written for either works by changing only its base URL.

## Tokens and scopes
Exchange your client id and secret for a token at \`POST /api/oauth2/token\` (OAuth 2.0 client
credentials) and send it as \`Authorization: Bearer <token>\`. Tokens live one hour. Each route needs
one scope; account-level clients reach every wallet of the account, wallet-level clients only theirs.

## Idempotency
Every write accepts an \`Idempotency-Key\` header. The first answer is kept for 24 hours per account:
repeating the request with the same key and body replays it with \`Idempotent-Replayed: true\`; the
same key with a different request is a 409 \`DUPLICATE_REQUEST\`; a key whose first request is still
running is a retryable 409 \`REQUEST_IN_PROGRESS\`. Answers to invalid requests (400) and server
errors (5xx) are not kept, so such a request can be corrected or retried with the same key.

## Errors
A55-family routes answer errors as \`{error, message, code}\` (schema \`A55Error\`); QI-family routes
as \`{title, description, translation, code, extra_fields}\` (schema \`QiError\`). The token endpoint
answers RFC 6749 \`{error, error_description}\`. Every answer carries an \`X-Request-Id\`.
`.trim();

/** The OpenAPI 3.1 document, generated from the same zod schemas the routes validate with. */
export function buildOpenApiDocument() {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'oauth2', {
    type: 'oauth2',
    description: 'OAuth 2.0 client credentials; each operation lists the scope it needs.',
    flows: { clientCredentials: { tokenUrl: '/api/oauth2/token', scopes: { ...SCOPES } } },
  });
  registry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'The access token from `POST /api/oauth2/token`.',
  });
  registry.registerComponent('securitySchemes', 'clientBasic', {
    type: 'http',
    scheme: 'basic',
    description: 'Client id and secret, for the token endpoint only.',
  });
  // Every operation of every domain, in the order lib/domains.ts lists them; see ./register-operation.ts.
  for (const operation of OPERATIONS) registerOperation(registry, operation);

  // Both error shapes are part of the contract even where no operation references one yet.
  const document = new OpenApiGeneratorV31([...registry.definitions, A55ErrorSchema, QiErrorSchema]).generateDocument({
    openapi: '3.1.0',
    info: { title: 'Wallet Platform API', version: '1.0.0', description: DESCRIPTION },
    // Relative: the paths are served by whichever host serves this document.
    servers: [{ url: '/', description: 'The host serving this document' }],
  });
  for (const operation of OPERATIONS) showGuidPatterns(operation, document.paths?.[operation.path]?.[operation.method] as DocumentedOperation | undefined);
  const tagNames = new Set<string>();
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item ?? {}) as DocumentedOperation[]) {
      for (const tag of operation.tags ?? []) tagNames.add(tag);
      describeReplays(operation);
    }
  }
  return { ...document, tags: [...tagNames].map((name) => ({ name })) };
}

/** The parts of a generated operation object this file completes. */
interface DocumentedOperation {
  tags?: string[];
  parameters?: { in?: string; name?: string; schema?: { pattern?: string } }[];
  responses?: Record<string, { headers?: Record<string, unknown> }>;
}

/** A GUID parameter shows the pattern it is parsed with (zod documents it as a plain `uuid`). */
function showGuidPatterns(declared: Operation, operation: DocumentedOperation | undefined) {
  for (const parameter of operation?.parameters ?? []) {
    if ((parameter.in !== 'path' && parameter.in !== 'query') || !parameter.name || !parameter.schema) continue;
    const pattern = guidPattern(parameterField(declared, parameter.in, parameter.name));
    if (pattern) parameter.schema.pattern = pattern;
  }
}

/** Every operation taking an Idempotency-Key may answer a replay, which its 2xx answers say. */
function describeReplays(operation: DocumentedOperation) {
  if (!operation.parameters?.some((p) => p.in === 'header' && p.name === 'Idempotency-Key')) return;
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    if (!status.startsWith('2')) continue;
    response.headers = {
      ...response.headers,
      'Idempotent-Replayed': {
        description: '`true` when this is the stored answer to an earlier request with the same Idempotency-Key',
        schema: { type: 'string', enum: ['true'] },
      },
    };
  }
}
