import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

let bundle: Promise<Buffer> | undefined;

/** Redoc's self-contained browser bundle, straight from the installed package (see app/docs/route.ts). */
export async function GET(): Promise<Response> {
  bundle ??= readFile(join(process.cwd(), 'node_modules', 'redoc', 'bundles', 'redoc.standalone.js')).catch((error: unknown) => {
    bundle = undefined;
    throw error;
  });
  return new Response(new Uint8Array(await bundle), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=86400' },
  });
}
