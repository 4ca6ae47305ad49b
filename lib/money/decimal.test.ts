import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecimalError, formatMinor, parseMinor } from './decimal';

describe('parseMinor / formatMinor', () => {
  it('parses decimal text exactly', () => {
    expect(parseMinor('5000.00', 2)).toBe(500000n);
    expect(parseMinor('0.1', 2)).toBe(10n);
    expect(parseMinor('199.9', 2)).toBe(19990n);
    expect(parseMinor('1500', 0)).toBe(1500n);
    expect(parseMinor('1500.000', 0)).toBe(1500n);
    expect(parseMinor('-2.50', 2)).toBe(-250n);
    expect(parseMinor('92233720368547758.07', 2)).toBe(9223372036854775807n);
  });

  it('refuses text that is not a plain decimal, or would need rounding', () => {
    for (const bad of ['', 'abc', '1e3', '1,50', '.5', '1.', '0x10', 'NaN']) {
      expect(() => parseMinor(bad, 2)).toThrowError(DecimalError);
    }
    expect(() => parseMinor('0.001', 2)).toThrowError(/more than 2 decimal places/);
    expect(() => parseMinor('10.5', 0)).toThrowError(DecimalError);
  });

  it('formats with exactly the currency digits', () => {
    expect(formatMinor(0n, 2)).toBe('0.00');
    expect(formatMinor(0n, 0)).toBe('0');
    expect(formatMinor(5n, 2)).toBe('0.05');
    expect(formatMinor(-250n, 2)).toBe('-2.50');
    expect(formatMinor(123456789n, 2)).toBe('1234567.89');
  });

  it('round-trips every amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.constantFrom(0, 2, 3), (minor, digits) => {
        expect(parseMinor(formatMinor(minor, digits), digits)).toBe(minor);
      }),
    );
  });
});
