import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

let bundle: Promise<string> | undefined;

// The one address the bundle would fetch from outside: Redoc's "API docs by Redocly" logo.
const CDN_LOGO = 'https://cdn.redoc.ly/redoc/logo-mini.svg';

/**
 * Redoc's self-contained browser bundle, straight from the installed package (see app/docs/route.ts),
 * with its CDN logo pointed at our own icon so the reference page makes no outside request.
 */
export async function GET(): Promise<Response> {
  bundle ??= readFile(join(process.cwd(), 'node_modules', 'redoc', 'bundles', 'redoc.standalone.js'), 'utf8')
    .then((source) => source.replaceAll(CDN_LOGO, '/icon.svg'))
    .catch((error: unknown) => {
      bundle = undefined;
      throw error;
    });
  return new Response(await bundle, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=86400' },
  });
}
