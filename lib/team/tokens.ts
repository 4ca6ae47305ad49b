import { createHash, randomBytes } from 'node:crypto';

/**
 * An invitation token: 32 random bytes, so a fast SHA-256 is the right storage hash (as for client
 * secrets). Only the hash is stored; the token lives in the link alone.
 */
export function generateInvitationToken(): string {
  return `inv_${randomBytes(32).toString('base64url')}`;
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export const INVITATION_PATH = '/invitations';
