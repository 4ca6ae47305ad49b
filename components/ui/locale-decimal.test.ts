import { describe, expect, it } from 'vitest';
import { toCanonicalDecimal, toLocaleDecimal, withCanonicalDecimals } from './locale-decimal';

describe('toCanonicalDecimal', () => {
  it('reads each locale\'s own grouping and decimal mark', () => {
    expect(toCanonicalDecimal('5.000,50', 'pt-BR')).toBe('5000.50');
    expect(toCanonicalDecimal('5000,5', 'pt-BR')).toBe('5000.5');
    expect(toCanonicalDecimal('1.234.567,89', 'pt-BR')).toBe('1234567.89');
    expect(toCanonicalDecimal('5,000.50', 'en')).toBe('5000.50');
    expect(toCanonicalDecimal('5,000.50', 'es-MX')).toBe('5000.50');
    expect(toCanonicalDecimal(' 12 ', 'en')).toBe('12');
  });

  it('keeps every digit of figures beyond float precision', () => {
    expect(toCanonicalDecimal('92.233.720.368.547.758,07', 'pt-BR')).toBe('92233720368547758.07');
  });

  it('passes canonical text through, and leaves what is not the locale\'s form for the schema to refuse', () => {
    expect(toCanonicalDecimal('5000.50', 'pt-BR')).toBe('5000.50');
    expect(toCanonicalDecimal('5000.50', 'en')).toBe('5000.50');
    expect(toCanonicalDecimal('5000,50', 'en')).toBe('5000,50');
    expect(toCanonicalDecimal('5.00,50', 'pt-BR')).toBe('5.00,50');
    expect(toCanonicalDecimal('abc', 'pt-BR')).toBe('abc');
    expect(toCanonicalDecimal('1e3', 'en')).toBe('1e3');
  });
});

describe('toLocaleDecimal', () => {
  it('writes canonical text the locale\'s way, exactly', () => {
    expect(toLocaleDecimal('5000.50', 'pt-BR')).toBe('5.000,50');
    expect(toLocaleDecimal('5000.50', 'en')).toBe('5,000.50');
    expect(toLocaleDecimal('12', 'es-MX')).toBe('12');
    expect(toCanonicalDecimal(toLocaleDecimal('92233720368547758.07', 'pt-BR'), 'pt-BR')).toBe('92233720368547758.07');
  });
});

describe('withCanonicalDecimals', () => {
  it('makes the named fields canonical and leaves the rest, and the original, untouched', () => {
    const values = { limits: { postpaid_credit_limit: '5.000,50' }, name: '1.234,5', fee: { rate: '2,5' } };
    expect(withCanonicalDecimals(values, ['limits.postpaid_credit_limit', 'fee.rate', 'absent.path'], 'pt-BR')).toEqual({
      limits: { postpaid_credit_limit: '5000.50' },
      name: '1.234,5',
      fee: { rate: '2.5' },
    });
    expect(values.limits.postpaid_credit_limit).toBe('5.000,50');
  });
});
