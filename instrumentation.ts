/**
 * Runs once when a server process starts: validates the environment (a clear error instead of a
 * half-working server) and connects and migrates the database before the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env } = await import('./lib/env');
  env();
  const { getDb } = await import('./db/client');
  await getDb();
}
