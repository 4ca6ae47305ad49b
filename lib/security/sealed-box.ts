import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

// Secrets the platform must read back (webhook signing secrets to sign with, issued card data to
// authorize against) cannot be hashed. AES-256-GCM from node:crypto seals them at rest under a
// key of their own; the stored text is `v1.<iv>.<tag>.<ciphertext>` (base64url), the version
// leaving room for key rotation. GCM's tag makes a tampered value fail to open.
const VERSION = 'v1';

function keyFrom(keyMaterial: string): Buffer {
  return createHash('sha256').update(keyMaterial).digest();
}

export function seal(plaintext: string, keyMaterial: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(keyMaterial), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

export function unseal(sealed: string, keyMaterial: string): string {
  const [version, iv, tag, ciphertext] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || !ciphertext) throw new Error('unreadable sealed value');
  const decipher = createDecipheriv('aes-256-gcm', keyFrom(keyMaterial), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}
