/**
 * The suite's knobs: one scale for every size, and the environment its servers (and its own
 * seeding code, which signs and hashes with the same keys) run with.
 */

/** RELIABILITY_SCALE multiplies every size; 1 (the default) is sized for CI on a 2-core machine. */
export const SCALE = readScale(process.env.RELIABILITY_SCALE);

function readScale(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 1;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > 100) throw new Error(`RELIABILITY_SCALE must be a number in (0, 100], got ${raw}`);
  return value;
}

/** `base` scaled, never below `min`. */
export function scaled(base: number, min = 1): number {
  return Math.max(min, Math.round(base * SCALE));
}

/**
 * The webhook retry schedule of the suite's servers: long enough (about 30 s in all) to outlast
 * R7's outage, short enough that a run sees every retry.
 */
export const WEBHOOK_RETRY_DELAYS_MS = '500,1000,2000,4000,8000,15000';

/** Test-only secrets, 32+ characters each, shared by the servers and the seeding done in this process. */
export const SECRETS = {
  NEXTAUTH_SECRET: 'reliability-only-nextauth-secret-0123456789',
  API_JWT_SECRET: 'reliability-only-api-jwt-secret-0123456789ab',
  WEBHOOK_ENCRYPTION_KEY: 'reliability-only-webhook-encryption-key-012345',
  IDEMPOTENCY_HASH_KEY: 'reliability-only-idempotency-hash-key-0123456',
  CARD_FINGERPRINT_KEY: 'reliability-only-card-fingerprint-key-0123456',
  CARD_DATA_ENCRYPTION_KEY: 'reliability-only-card-data-encryption-key-0123',
} as const;

/** The client address the servers trust to forward others' (X-Forwarded-For), so R5 can spread its per-address budgets. */
export const TRUSTED_PROXY = '127.0.0.1';

/** Every request the suite sends gives up after this long: an answer that never comes is a hang, and a failure. */
export const REQUEST_TIMEOUT_MS = 20_000;
