import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Operation } from '@/lib/api/operation';
import { operationOf } from '@/lib/api/serve';

const API = join(process.cwd(), 'app', 'api');
// Not part of the public API: the dashboard's sign-in and the document itself.
const UNDOCUMENTED = new Set(['/api/auth/{...nextauth}', '/api/openapi.json']);
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

export type ServedHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface ServedRoute {
  file: string;
  /** The URL path the file serves, `{param}` style, without a trailing slash (Next.js answers both). */
  path: string;
  method: (typeof METHODS)[number];
  handler: ServedHandler;
  operation: Operation | undefined;
}

function routeFiles(dir = API): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === 'route.ts' ? [full] : [];
  });
}

function servedPath(file: string): string {
  const segments = relative(join(process.cwd(), 'app'), join(file, '..')).split(sep);
  return `/${segments.map((s) => s.replace(/^\[(.+)\]$/, '{$1}')).join('/')}`;
}

/** Every exported method handler of every documented route file under app/api, with the operation it serves. */
export async function servedRoutes(): Promise<ServedRoute[]> {
  const served: ServedRoute[] = [];
  for (const file of routeFiles()) {
    const path = servedPath(file);
    if (UNDOCUMENTED.has(path)) continue;
    const exports = (await import(file)) as Record<string, unknown>;
    for (const method of METHODS) {
      const handler = exports[method];
      if (typeof handler === 'function') served.push({ file, path, method, handler: handler as ServedHandler, operation: operationOf(handler) });
    }
  }
  return served;
}
