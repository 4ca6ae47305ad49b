import type { Operation } from '@/lib/api/operation';
import { OPERATIONS } from '@/lib/domains';
import { buildOpenApiDocument } from '@/lib/openapi/document';

/**
 * Every route of the OpenAPI document (method and path, as `/api/openapi.json` serves it), with
 * the declaration it was generated from, whose schemas and error codes the checks use.
 */
export function documentOperations(): Operation[] {
  const paths = (buildOpenApiDocument().paths ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => {
      const operation = OPERATIONS.find((o) => o.path === path && o.method === method);
      if (!operation) throw new Error(`${method.toUpperCase()} ${path} is in the document but no operation declares it`);
      return operation;
    }),
  );
}
