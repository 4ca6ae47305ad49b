import { describe, expect, it } from 'vitest';
import { formatBalance, formatDateTime, formatIsoDate, formatMoney } from './format';

// Intl separates the symbol with a no-break space; compare with plain spaces for readability.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatBalance', () => {
  it('writes each currency the way its locale does', () => {
    expect(plain(formatBalance('1234.50', 'BRL'))).toBe('R$ 1.234,50');
    expect(plain(formatBalance('1234.50', 'MXN'))).toBe('MXN 1,234.50');
    expect(plain(formatBalance('1234567', 'CLP'))).toBe('CLP 1.234.567');
    expect(plain(formatBalance('1234.50', 'ARS'))).toBe('ARS 1.234,50');
    expect(plain(formatBalance('0', 'CLP'))).toBe('CLP 0');
  });

  it('never writes a peso as a bare "$", in any reader\'s locale', () => {
    expect(plain(formatBalance('1234.56', 'BRL', 'pt-BR'))).toBe('R$ 1.234,56');
    expect(plain(formatBalance('1234.56', 'MXN', 'pt-BR'))).toBe('MX$ 1.234,56');
    expect(plain(formatBalance('1234.56', 'MXN', 'en'))).toBe('MX$1,234.56');
    expect(plain(formatBalance('1234.56', 'MXN', 'es-MX'))).toBe('MXN 1,234.56');
    expect(plain(formatBalance('1234.56', 'BRL', 'es-MX'))).toBe('BRL 1,234.56');
  });

  it('keeps every digit of balances beyond float precision', () => {
    expect(plain(formatBalance('12345678901234567.89', 'BRL'))).toBe('R$ 12.345.678.901.234.567,89');
    expect(plain(formatBalance('-0.01', 'BRL'))).toBe('-R$ 0,01');
  });
});

describe('formatMoney', () => {
  it('writes minor units with the currency\'s own decimals, exactly', () => {
    expect(plain(formatMoney(123456n, 'BRL'))).toBe('R$ 1.234,56');
    expect(plain(formatMoney(1234567n, 'CLP'))).toBe('CLP 1.234.567');
    expect(plain(formatMoney(1234567890123456789n, 'BRL'))).toBe('R$ 12.345.678.901.234.567,89');
  });
});

describe('formatDateTime', () => {
  it('writes the same UTC text wherever it runs', () => {
    expect(plain(formatDateTime(new Date('2026-05-03T14:05:09Z')))).toBe('3 May 2026, 14:05 UTC');
  });

  it('writes a reader\'s time in their zone, as their locale does', () => {
    const at = new Date('2026-05-03T14:05:09Z');
    expect(plain(formatDateTime(at, { locale: 'pt-BR', timeZone: 'America/Sao_Paulo' }))).toBe('3 de mai. de 2026, 11:05');
    expect(plain(formatDateTime(at, { locale: 'en', timeZone: 'America/Mexico_City' }))).toBe('May 3, 2026, 8:05 AM');
  });
});

describe('formatIsoDate', () => {
  it('writes a calendar day as the reader does, on that day whatever the zone', () => {
    expect(plain(formatIsoDate('2027-01-25', 'en'))).toBe('Jan 25, 2027');
    expect(plain(formatIsoDate('2027-01-01', 'pt-BR'))).toBe('1 de jan. de 2027');
    expect(plain(formatIsoDate('2026-12-31', 'es-MX'))).toMatch(/^31 dic 2026$/);
  });
});
