import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { isProductionApp } from '@/lib/env';

/**
 * Client secrets are 32 random bytes: too much entropy to brute-force, so a fast SHA-256 is the
 * right storage hash (a slow password hash would only slow the token endpoint down). Comparison is
 * constant-time.
 */
export function generateClientSecret(mode: 'live' | 'test'): string {
  return `sk_${mode}_${randomBytes(32).toString('base64url')}`;
}

export function hashClientSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const candidate = Buffer.from(hashClientSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return candidate.length === stored.length && timingSafeEqual(candidate, stored);
}

/** `sk_live_` secrets in a production deployment (APP_ENV), `sk_test_` everywhere else, so a leaked test key is recognisable. */
export function secretMode(): 'live' | 'test' {
  return isProductionApp() ? 'live' : 'test';
}
