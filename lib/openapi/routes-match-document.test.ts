import { describe, expect, it } from 'vitest';
import { z, type ZodType } from 'zod';
import type { Operation } from '@/lib/api/operation';
import { answeredErrors } from '@/lib/api/operation-errors';
import { OPERATIONS } from '@/lib/domains';
import { servedRoutes } from '@/lib/testing/served-routes';
import { buildOpenApiDocument } from './document';
import { parameterField, parameterNames } from './parameter-fields';

const document = buildOpenApiDocument();
const withoutSlash = (path: string) => path.replace(/\/$/, '');

type DocumentedOperation = { parameters?: { in: string; name: string; required?: boolean; schema?: { type?: unknown; format?: string } }[]; responses?: object };
const documented = (operation: Operation) => document.paths?.[operation.path]?.[operation.method] as DocumentedOperation | undefined;

/** What a parameter's own parsing schema says of its type and format, as JSON Schema. */
function parsedAs(field: ZodType | undefined) {
  const schema = z.toJSONSchema(field ?? z.never(), { io: 'output', unrepresentable: 'any' }) as { type?: unknown; format?: string };
  return { type: schema.type, format: schema.format };
}

describe('the served routes and the OpenAPI document', () => {
  it('serve every method through the operation declared for its path, and nothing undeclared', async () => {
    const served = await servedRoutes();
    const mismatched = served
      .filter(({ path, method, operation }) => !operation || operation.method !== method.toLowerCase() || withoutSlash(operation.path) !== path)
      .map(({ path, method, operation }) => `${method} ${path} serves ${operation ? `${operation.method.toUpperCase()} ${operation.path}` : 'no declared operation'}`);
    expect(mismatched).toEqual([]);
  });

  it('document exactly the served methods and paths, either way', async () => {
    const served = (await servedRoutes()).map(({ operation }) => `${operation!.method.toUpperCase()} ${operation!.path}`).sort();
    const inDocument = Object.entries(document.paths ?? {})
      .flatMap(([path, item]) => Object.keys(item ?? {}).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    expect(inDocument).toEqual(served);
    expect(OPERATIONS.map((operation) => `${operation.method.toUpperCase()} ${operation.path}`).sort()).toEqual(served);
  });

  it.each(OPERATIONS.map((operation) => [operation.operationId, operation] as const))('document %s with the parameters it parses', (_, operation) => {
    const parameters = (documented(operation)?.parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query');
    for (const location of ['path', 'query'] as const) {
      expect(parameters.filter((p) => p.in === location).map((p) => p.name)).toEqual(parameterNames(operation, location));
    }
    for (const parameter of parameters) {
      const location = parameter.in as 'path' | 'query';
      const field = parameterField(operation, location, parameter.name);
      const { type, format } = parsedAs(field);
      expect({ name: parameter.name, type: parameter.schema?.type, format: parameter.schema?.format }).toEqual({ name: parameter.name, type, format });
      expect({ name: parameter.name, required: parameter.required ?? false }).toEqual({ name: parameter.name, required: location === 'path' || !field?.safeParse(undefined).success });
    }
  });

  it.each(OPERATIONS.map((operation) => [operation.operationId, operation] as const))('document every status %s can answer', (_, operation) => {
    const declared = [...Object.keys(operation.responses), ...[...answeredErrors(operation).keys()].map(String)].sort();
    expect(Object.keys(documented(operation)?.responses ?? {}).sort()).toEqual(declared);
  });
});
