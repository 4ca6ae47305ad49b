import { describe, expect, it } from 'vitest';
import { cardFingerprint } from './fingerprint';

const KEY = 'k'.repeat(32);

describe('cardFingerprint', () => {
  it('is the same for the same card, however it was typed', () => {
    const fingerprint = cardFingerprint('4111111111111111', KEY);
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(cardFingerprint('4111 1111 1111 1111', KEY)).toBe(fingerprint);
    expect(cardFingerprint('4111-1111-1111-1111', KEY)).toBe(fingerprint);
  });

  it('tells cards apart', () => {
    expect(cardFingerprint('4111111111111111', KEY)).not.toBe(cardFingerprint('4012888888881881', KEY));
  });

  it('depends on the key, so it cannot be recomputed without it', () => {
    expect(cardFingerprint('4111111111111111', KEY)).not.toBe(cardFingerprint('4111111111111111', 'j'.repeat(32)));
    // HMAC-SHA256("4111111111111111") under 32 × "k", pinned so the value never silently changes.
    expect(cardFingerprint('4111111111111111', KEY)).toBe('68461c4333f0d6ffc13ab17a895ccb61b6a8864e96602c4e91c869cfb9ccc6f1');
  });

  it('refuses anything but a number and a key', () => {
    expect(() => cardFingerprint('4111x', KEY)).toThrow(RangeError);
    expect(() => cardFingerprint('', KEY)).toThrow(RangeError);
    expect(() => cardFingerprint('4111111111111111', '')).toThrow(RangeError);
  });
});
