/**
 * The knobs of `npm run bench`, all from the environment, and the deployment the server runs as:
 * the same secrets and `APP_ENV=test` as playwright.config.ts gives its web server.
 */

const number = (name: string, fallback: number): number => {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${name} must be a positive number, got "${value}"`);
  return parsed;
};

export const SETTINGS = {
  /** Seconds of load per measured row (P1–P3); the baselines beside them run the same time. */
  loadSeconds: number('BENCH_SECONDS', 15),
  /** Seconds per P4 measurement (each size, each route, and its baseline). */
  readSeconds: number('BENCH_READ_SECONDS', 10),
  /** Each measured row's route and its baseline take turns this many times (their seconds split between the turns). */
  rounds: number('BENCH_ROUNDS', 3),
  /** Seconds of unrecorded load before each measurement: the route's chunks load and the JIT warms up. */
  warmupSeconds: number('BENCH_WARMUP_SECONDS', 3),
  /** Concurrent connections of P1–P3 (the issue's 50) and of P4's reads. */
  connections: number('BENCH_CONNECTIONS', 50),
  readConnections: number('BENCH_READ_CONNECTIONS', 10),
  /** P4's two account sizes: 10 k, and 1 M unless scaled down for a quick run. */
  smallCharges: 10_000,
  largeCharges: number('BENCH_LARGE_CHARGES', 1_000_000),
  /** Cold loads of the dashboard page in P5 (the median LCP is reported). */
  pageLoads: number('BENCH_PAGE_LOADS', 3),
  /** Only these rows (`P1,P3`); a partial run prints its results and leaves docs/benchmarks.md alone. */
  only: (process.env.BENCH_ONLY ?? '')
    .split(',')
    .map((row) => row.trim().toUpperCase())
    .filter(Boolean),
  /** A directory for the server's `--cpu-prof` output (summarise it with `tsx bench/profile.ts <dir>`). */
  cpuProfileDir: process.env.BENCH_CPU_PROF || null,
  /** An existing database to use as is; otherwise a fresh one is created on `adminUrl`'s server and dropped afterwards. */
  databaseUrl: process.env.DATABASE_URL || null,
  adminUrl: process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  /** The server's port; a free one unless told. */
  port: process.env.BENCH_PORT ? number('BENCH_PORT', 0) : null,
} as const;

/** The server's secrets: playwright.config.ts's test values unless the environment names others. */
export const SERVER_SECRETS = {
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'e2e-only-nextauth-secret-0123456789abcdef',
  API_JWT_SECRET: process.env.API_JWT_SECRET ?? 'e2e-only-api-jwt-secret-0123456789abcdefgh',
  WEBHOOK_ENCRYPTION_KEY: process.env.WEBHOOK_ENCRYPTION_KEY ?? 'e2e-only-webhook-encryption-key-0123456789',
  IDEMPOTENCY_HASH_KEY: process.env.IDEMPOTENCY_HASH_KEY ?? 'e2e-only-idempotency-hash-key-0123456789ab',
  CARD_FINGERPRINT_KEY: process.env.CARD_FINGERPRINT_KEY ?? 'e2e-only-card-fingerprint-key-0123456789ab',
  CARD_DATA_ENCRYPTION_KEY: process.env.CARD_DATA_ENCRYPTION_KEY ?? 'e2e-only-card-data-encryption-key-012345',
};

export function selected(row: string): boolean {
  return SETTINGS.only.length === 0 || SETTINGS.only.includes(row);
}
