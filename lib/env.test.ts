import { describe, expect, it } from 'vitest';
import { EnvError, logLevel, parseEnv } from './env';

describe('parseEnv', () => {
  it('defaults to the embedded database and dev secrets outside production', () => {
    const env = parseEnv({ NODE_ENV: 'development' });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBe('.data/pglite');
    expect(env.NEXTAUTH_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it('accepts a postgres URL', () => {
    const env = parseEnv({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' });
    expect(env.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/test');
  });

  it('names every bad variable in one clear error', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' })).toThrowError(EnvError);
    try {
      parseEnv({ DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (error) {
      expect(String(error)).toContain('DATABASE_URL');
      expect(String(error)).toContain('LOG_LEVEL');
    }
  });

  it('takes APP_ENV from NODE_ENV unless told, so a production build can still run as a test server', () => {
    expect(parseEnv({ NODE_ENV: 'development' }).APP_ENV).toBe('development');
    expect(parseEnv({ NODE_ENV: 'test' }).APP_ENV).toBe('test');
    expect(parseEnv({ NODE_ENV: 'production', NEXTAUTH_SECRET: 'x'.repeat(32), API_JWT_SECRET: 'y'.repeat(32), WEBHOOK_ENCRYPTION_KEY: 'z'.repeat(32) }).APP_ENV).toBe('production');
    expect(parseEnv({ NODE_ENV: 'test', APP_ENV: 'sandbox' }).APP_ENV).toBe('sandbox');
    expect(() => parseEnv({ APP_ENV: 'staging' })).toThrowError(EnvError);
  });

  it('keys idempotency hashes with a labelled dev-only secret unless given one of 32+ characters', () => {
    expect(parseEnv({ NODE_ENV: 'development' }).IDEMPOTENCY_HASH_KEY).toContain('insecure-dev');
    expect(parseEnv({ IDEMPOTENCY_HASH_KEY: 'h'.repeat(32) }).IDEMPOTENCY_HASH_KEY).toBe('h'.repeat(32));
    expect(() => parseEnv({ IDEMPOTENCY_HASH_KEY: 'short' })).toThrowError(/IDEMPOTENCY_HASH_KEY: must be at least 32/);
  });

  it('keys card fingerprints with a labelled dev-only secret unless given one of 32+ characters', () => {
    expect(parseEnv({ NODE_ENV: 'development' }).CARD_FINGERPRINT_KEY).toContain('insecure-dev');
    expect(parseEnv({ CARD_FINGERPRINT_KEY: 'f'.repeat(32) }).CARD_FINGERPRINT_KEY).toBe('f'.repeat(32));
    expect(() => parseEnv({ CARD_FINGERPRINT_KEY: 'short' })).toThrowError(/CARD_FINGERPRINT_KEY: must be at least 32/);
  });
});

describe('logLevel', () => {
  it('reads the level alone, without requiring the production secrets', () => {
    expect(logLevel({ NODE_ENV: 'production' })).toBe('info');
    expect(logLevel({ NODE_ENV: 'production', LOG_LEVEL: 'warn' })).toBe('warn');
    expect(() => logLevel({ LOG_LEVEL: 'loud' })).toThrow();
  });

  it('seals issued card data with a labelled dev-only key unless given one of 32+ characters', () => {
    expect(parseEnv({ NODE_ENV: 'development' }).CARD_DATA_ENCRYPTION_KEY).toContain('insecure-dev');
    expect(() => parseEnv({ CARD_DATA_ENCRYPTION_KEY: 'short' })).toThrowError(/CARD_DATA_ENCRYPTION_KEY: must be at least 32/);
  });

  it('takes short webhook retry delays as a test setting, never in production', () => {
    expect(parseEnv({ WEBHOOK_RETRY_DELAYS_MS: '500,1000' }).WEBHOOK_RETRY_DELAYS_MS).toBe('500,1000');
    expect(() => parseEnv({ WEBHOOK_RETRY_DELAYS_MS: 'soon' })).toThrowError(/WEBHOOK_RETRY_DELAYS_MS/);
    expect(() => parseEnv({ APP_ENV: 'production', WEBHOOK_RETRY_DELAYS_MS: '500' })).toThrowError(/not allowed in production/);
  });
});
