import { describe, expect, it } from 'vitest';
import { detectBrand } from '@/lib/charges/card/brand';
import { isLuhnValid } from '@/lib/charges/card/luhn';
import { newCardNumber, newCardSecrets, PLATFORM_BIN } from './card-number';

describe('issued card numbers', () => {
  it('are 16 Luhn-valid VISA digits in the platform range, each different', () => {
    const numbers = Array.from({ length: 200 }, () => newCardNumber());
    for (const pan of numbers) {
      expect(pan).toMatch(/^\d{16}$/);
      expect(pan.startsWith(PLATFORM_BIN)).toBe(true);
      expect(isLuhnValid(pan)).toBe(true);
      expect(detectBrand(pan)).toBe('visa');
    }
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('expire five years after the month of issue, with a three-digit CVV', () => {
    const secrets = newCardSecrets(new Date('2026-12-05T12:00:00Z'));
    expect(secrets).toMatchObject({ expiryMonth: 12, expiryYear: 2031 });
    expect(secrets.cvv).toMatch(/^\d{3}$/);
  });
});
