import { describe, expect, it } from 'vitest';
import { generateSigningSecret, openSecret, sealSecret } from './secret-box';

describe('secret box', () => {
  it('opens what it sealed, with a fresh IV each time', () => {
    const secret = generateSigningSecret();
    const a = sealSecret(secret);
    const b = sealSecret(secret);
    expect(a).not.toBe(b);
    expect(a).not.toContain(secret);
    expect(openSecret(a)).toBe(secret);
    expect(openSecret(b)).toBe(secret);
  });

  it('refuses a tampered ciphertext', () => {
    const sealed = sealSecret('whsec_abc');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('whsec_xyz').toString('base64url');
    expect(() => openSecret(parts.join('.'))).toThrow();
  });
});
