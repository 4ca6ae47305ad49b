import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './document';

const document = buildOpenApiDocument();

// Routes that are not part of the public API: the dashboard's sign-in and the document itself.
const UNDOCUMENTED = new Set(['/api/auth/{...nextauth}', '/api/openapi.json']);

/** Every route handler under app/api with the methods it exports, as an OpenAPI path. */
function servedRoutes(dir = join(process.cwd(), 'app', 'api')): { path: string; methods: string[] }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return servedRoutes(full);
    if (entry.name !== 'route.ts') return [];
    const segments = relative(join(process.cwd(), 'app'), dir).split(sep);
    const path = `/${segments.map((s) => s.replace(/^\[(.+)\]$/, '{$1}')).join('/')}`;
    const methods = [...readFileSync(full, 'utf8').matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) =>
      m[1]!.toLowerCase(),
    );
    return [{ path, methods }];
  });
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with the OAuth2 and Bearer schemes and both error dialects', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.components?.securitySchemes).toMatchObject({
      oauth2: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: '/api/oauth2/token' } } },
      bearerAuth: { type: 'http', scheme: 'bearer' },
    });
    expect(Object.keys(document.components?.schemas ?? {})).toEqual(expect.arrayContaining(['A55Error', 'QiError', 'OAuthError', 'TokenResponse']));
  });

  it('documents every method of every API route handler', () => {
    const documented = new Map(Object.entries(document.paths ?? {}).map(([path, item]) => [path.replace(/\/$/, ''), Object.keys(item ?? {})]));
    const missing = servedRoutes()
      .filter((route) => !UNDOCUMENTED.has(route.path))
      .flatMap((route) => route.methods.filter((m) => !documented.get(route.path)?.includes(m)).map((m) => `${m.toUpperCase()} ${route.path}`));
    expect(missing).toEqual([]);
  });

  it('tells every write that accepts an Idempotency-Key about replays', () => {
    const writes = Object.values(document.paths ?? {}).flatMap((item) => [item?.post, item?.put, item?.patch, item?.delete].filter((op) => op !== undefined));
    for (const operation of writes) {
      const takesKey = operation.parameters?.some((p) => 'name' in p && p.name === 'Idempotency-Key');
      if (!takesKey) continue;
      const ok = Object.entries(operation.responses ?? {}).find(([status]) => status.startsWith('2'))?.[1];
      expect(ok && 'headers' in ok ? ok.headers : {}).toHaveProperty('Idempotent-Replayed');
    }
  });
});
