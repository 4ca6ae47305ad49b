import { createHash, randomBytes } from 'node:crypto';

/**
 * An invitation token: 32 random bytes, so a fast SHA-256 is the right storage hash (as for client
 * secrets). Only the hash is stored; the token lives in the link alone.
 */
export function generateInvitationToken(): string {
  return `inv_${randomBytes(32).toString('base64url')}`;
}

/** The shape of a token this module makes (32 bytes are 43 base64url characters): anything else is not looked up. */
const INVITATION_TOKEN_PATTERN = /^inv_[A-Za-z0-9_-]{43}$/;

export function isInvitationToken(value: unknown): value is string {
  return typeof value === 'string' && INVITATION_TOKEN_PATTERN.test(value);
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export const INVITATION_PATH = '/invitations';
