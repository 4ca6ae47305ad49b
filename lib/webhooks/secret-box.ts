import { randomBytes } from 'node:crypto';
import { env } from '@/lib/env';
import { seal, unseal } from '@/lib/security/sealed-box';

// A webhook signing secret has to be read back to compute each HMAC, so unlike API client secrets
// it is sealed, not hashed, under WEBHOOK_ENCRYPTION_KEY.

export function sealSecret(plaintext: string): string {
  return seal(plaintext, env().WEBHOOK_ENCRYPTION_KEY);
}

export function openSecret(sealed: string): string {
  return unseal(sealed, env().WEBHOOK_ENCRYPTION_KEY);
}

/** A new signing secret: `whsec_` and 32 random bytes, shown to the merchant once. */
export function generateSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}
