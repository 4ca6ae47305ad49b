import { describe, expect, it } from 'vitest';
import { formatBalance, formatDateTime, formatMoney } from './format';

// Intl separates the symbol with a no-break space; compare with plain spaces for readability.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatBalance', () => {
  it('writes each currency the way its locale does', () => {
    expect(plain(formatBalance('1234.50', 'BRL'))).toBe('R$ 1.234,50');
    expect(plain(formatBalance('1234.50', 'MXN'))).toBe('$1,234.50');
    expect(plain(formatBalance('1234567', 'CLP'))).toBe('$1.234.567');
    expect(plain(formatBalance('1234.50', 'ARS'))).toBe('$ 1.234,50');
    expect(plain(formatBalance('0', 'CLP'))).toBe('$0');
  });

  it('keeps every digit of balances beyond float precision', () => {
    expect(plain(formatBalance('12345678901234567.89', 'BRL'))).toBe('R$ 12.345.678.901.234.567,89');
    expect(plain(formatBalance('-0.01', 'BRL'))).toBe('-R$ 0,01');
  });
});

describe('formatMoney', () => {
  it('writes minor units with the currency\'s own decimals, exactly', () => {
    expect(plain(formatMoney(123456n, 'BRL'))).toBe('R$ 1.234,56');
    expect(plain(formatMoney(1234567n, 'CLP'))).toBe('$1.234.567');
    expect(plain(formatMoney(1234567890123456789n, 'BRL'))).toBe('R$ 12.345.678.901.234.567,89');
  });
});

describe('formatDateTime', () => {
  it('writes the same UTC text wherever it runs', () => {
    expect(plain(formatDateTime(new Date('2026-05-03T14:05:09Z')))).toBe('3 May 2026, 14:05 UTC');
  });
});
