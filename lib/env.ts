import { z } from 'zod';

const isProduction = process.env.NODE_ENV === 'production';

// Development and tests get fixed, clearly-labelled secrets so a fresh clone starts with no setup;
// a production server refuses to start without real ones.
const devSecret = (name: string) => (isProduction ? undefined : `insecure-dev-${name}-do-not-use-in-production`);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, message: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  PGLITE_DIR: z.string().min(1).default('.data/pglite'),
  NEXTAUTH_SECRET: z.string({ error: 'is required in production' }).min(32, 'must be at least 32 characters (try: openssl rand -base64 32)'),
  API_JWT_SECRET: z.string({ error: 'is required in production' }).min(32, 'must be at least 32 characters (try: openssl rand -base64 32)'),
  API_JWT_ISSUER: z.string().min(1).default('wallet-platform'),
  API_JWT_AUDIENCE: z.string().min(1).default('wallet-platform-api'),
  /**
   * What this deployment is, beyond how Node was built: `next start` always runs with
   * NODE_ENV=production, but a sandbox or a test server must still allow sandbox simulation, and
   * tests must still deliver webhooks to loopback receivers.
   */
  APP_ENV: z.enum(['development', 'test', 'sandbox', 'production']),
  /** Encrypts webhook signing secrets at rest (they must stay readable to sign with). */
  WEBHOOK_ENCRYPTION_KEY: z.string({ error: 'is required in production' }).min(32, 'must be at least 32 characters (try: openssl rand -base64 32)'),
  /**
   * Keys the HMAC of each idempotent request kept for 24 hours (`lib/idempotency/request-hash.ts`),
   * so a stored hash reveals nothing of a body that carried card or personal data.
   */
  IDEMPOTENCY_HASH_KEY: z.string({ error: 'is required in production' }).min(32, 'must be at least 32 characters (try: openssl rand -base64 32)'),
  /**
   * Keys the HMAC that recognises a card across charges (`lib/charges/card/fingerprint.ts`), so a
   * stored fingerprint cannot be turned back into the number by trying every PAN of a known BIN.
   */
  CARD_FINGERPRINT_KEY: z.string({ error: 'is required in production' }).min(32, 'must be at least 32 characters (try: openssl rand -base64 32)'),
  /**
   * Seals the number and CVV of the postpaid cards the platform issues (`lib/payment-instruments`):
   * as their issuer it must read them back to authorize a purchase, so they are sealed, not hashed.
   */
  CARD_DATA_ENCRYPTION_KEY: z.string({ error: 'is required in production' }).min(32, 'must be at least 32 characters (try: openssl rand -base64 32)'),
  /**
   * Test setting: the webhook retry delays in milliseconds, comma-separated (`500,1000,2000`), so a
   * reliability run sees a receiver's recovery in seconds; unset, the schedule of DESIGN §4. Never
   * in production.
   */
  WEBHOOK_RETRY_DELAYS_MS: z
    .string()
    .regex(/^\d+(,\d+)*$/, 'must be comma-separated milliseconds, e.g. 500,1000,2000')
    .optional(),
  /** `in-process`: the server works the job queues itself; `off`: a separate `npm run worker` does. */
  JOBS_WORKER: z.enum(['in-process', 'off']).default('in-process'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Addresses or CIDR ranges of the proxies in front of `npm start`, whose X-Forwarded-For is believed. */
  TRUSTED_PROXIES: z.string().default(''),
});

export type Env = z.infer<typeof envSchema>;

/**
 * The log level alone, for the logger, which is created when its module loads: at that point the
 * rest of the environment (production secrets included) must not be required, or `next build`,
 * which loads every route, would need them.
 */
export function logLevel(source: Record<string, string | undefined> = process.env): Env['LOG_LEVEL'] {
  return envSchema.shape.LOG_LEVEL.parse(source.LOG_LEVEL || undefined);
}

export class EnvError extends Error {
  override name = 'EnvError';
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const withDefaults = {
    ...source,
    NEXTAUTH_SECRET: source.NEXTAUTH_SECRET || devSecret('nextauth'),
    API_JWT_SECRET: source.API_JWT_SECRET || devSecret('api-jwt'),
    WEBHOOK_ENCRYPTION_KEY: source.WEBHOOK_ENCRYPTION_KEY || devSecret('webhook-encryption'),
    IDEMPOTENCY_HASH_KEY: source.IDEMPOTENCY_HASH_KEY || devSecret('idempotency-hash'),
    CARD_FINGERPRINT_KEY: source.CARD_FINGERPRINT_KEY || devSecret('card-fingerprint'),
    CARD_DATA_ENCRYPTION_KEY: source.CARD_DATA_ENCRYPTION_KEY || devSecret('card-data-encryption'),
    DATABASE_URL: source.DATABASE_URL || undefined,
    APP_ENV: source.APP_ENV || (source.NODE_ENV === 'production' ? 'production' : source.NODE_ENV || 'development'),
  };
  const parsed = envSchema
    .refine((config) => !(config.APP_ENV === 'production' && config.WEBHOOK_RETRY_DELAYS_MS), {
      path: ['WEBHOOK_RETRY_DELAYS_MS'],
      message: 'is a test setting, not allowed in production',
    })
    .safeParse(withDefaults);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new EnvError(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

let cached: Env | undefined;

/** The validated environment, parsed once; throws an EnvError naming every bad variable. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Sandbox simulation and other test conveniences exist everywhere but in production. */
export function isProductionApp(): boolean {
  return env().APP_ENV === 'production';
}
