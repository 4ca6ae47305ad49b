import type { OpenAPIRegistry, ResponseConfig } from '@asteasolutions/zod-to-openapi';
import type { ZodType } from 'zod';
import { answeredErrors } from '@/lib/api/operation-errors';
import { isIdempotentWrite, type Operation } from '@/lib/api/operation';
import { errorSchemaOf } from '@/lib/api/error-schemas';
import { reasonPhrase } from '@/lib/errors/app-error';
import { ERROR_DESCRIPTIONS, idempotencyHeaders, security } from './shared';

/** One declared operation as an OpenAPI path item: the schemas it parses with, the answers it gives. */
export function registerOperation(registry: OpenAPIRegistry, operation: Operation) {
  registry.registerPath({
    method: operation.method,
    path: operation.path,
    operationId: operation.operationId,
    tags: [operation.tag],
    summary: operation.summary,
    description: operation.description,
    security: securityOf(operation),
    request: {
      params: operation.params as never,
      query: operation.query as never,
      headers: isIdempotentWrite(operation) ? idempotencyHeaders : undefined,
      body: operation.body ? requestBody(operation, operation.body) : undefined,
    },
    responses: { ...successResponses(operation), ...errorResponses(operation) },
  });
}

function securityOf(operation: Operation): Record<string, string[]>[] {
  if (operation.auth === 'none') return operation.dialect === 'oauth' ? [{ clientBasic: [] }, {}] : [];
  return security(operation.auth === 'any-token' ? null : operation.auth.scope);
}

function requestBody(operation: Operation, schema: ZodType) {
  const types = operation.bodyContentTypes ?? ['application/json'];
  const example = operation.bodyExample === undefined ? {} : { example: operation.bodyExample };
  // A body the door accepts absent (the sandbox's "pay in full") is documented as optional.
  const required = !schema.safeParse(undefined).success;
  return { required, content: Object.fromEntries(types.map((type) => [type, { schema, ...example }])) };
}

function successResponses(operation: Operation): Record<string, ResponseConfig> {
  return Object.fromEntries(
    Object.entries(operation.responses).map(([status, response]) => [
      status,
      { description: response.description, headers: response.headers as ResponseConfig['headers'], content: { 'application/json': { schema: response.schema } } },
    ]),
  );
}

function errorResponses(operation: Operation): Record<string, ResponseConfig> {
  const schema = errorSchemaOf(operation.dialect);
  return Object.fromEntries(
    [...answeredErrors(operation)].map(([status, codes]) => [
      String(status),
      {
        description: `${ERROR_DESCRIPTIONS[status] ?? reasonPhrase(status)}. Codes: ${codes.map((code) => `\`${code}\``).join(', ')}`,
        content: { 'application/json': { schema } },
      },
    ]),
  );
}
