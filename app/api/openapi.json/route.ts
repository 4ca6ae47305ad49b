import { buildOpenApiDocument } from '@/lib/openapi/document';

let document: ReturnType<typeof buildOpenApiDocument> | undefined;

/** The OpenAPI 3.1 document, generated once per process from the zod schemas the routes validate with. */
export function GET(): Response {
  document ??= buildOpenApiDocument();
  return Response.json(document, { headers: { 'Cache-Control': 'public, max-age=300' } });
}
