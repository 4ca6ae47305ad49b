import { describe, expect, it } from 'vitest';
import { formatPhone, formatTaxId } from './payer-format';

describe('payer formats', () => {
  it('writes CPF and CNPJ (alphanumeric too) with their punctuation, other ids as given', () => {
    expect(formatTaxId('52998224725')).toBe('529.982.247-25');
    expect(formatTaxId('11222333000181')).toBe('11.222.333/0001-81');
    expect(formatTaxId('12ABC34501DE35')).toBe('12.ABC.345/01DE-35');
    expect(formatTaxId('FEAP850101ABC')).toBe('FEAP850101ABC');
    expect(formatTaxId('12345678901')).toBe('12345678901');
  });

  it('writes Brazilian and Mexican phones the local way', () => {
    expect(formatPhone('+5511987654321')).toBe('+55 (11) 98765-4321');
    expect(formatPhone('+551134567890')).toBe('+55 (11) 3456-7890');
    expect(formatPhone('+525512345678')).toBe('+52 55 1234 5678');
    expect(formatPhone('+14155550100')).toBe('+14155550100');
  });
});
