import { describe, expect, it } from 'vitest';
import { destinationText, maskPixKey } from './destination-text';

describe('a payout destination as text', () => {
  it('masks the keys that name a person and shows a company registration whole', () => {
    expect(maskPixKey('cpf', '12345678909')).toBe('•••.456.789-••');
    expect(maskPixKey('cnpj', '11222333000181')).toBe('11.222.333/0001-81');
    expect(maskPixKey('email', 'joana.silva@example.com')).toBe('j•••@example.com');
    expect(maskPixKey('phone', '+5511987654321')).toBe('+55 ••••4321');
    expect(maskPixKey('evp', '123e4567-e89b-12d3-a456-426614174000')).toBe('123e4567…4000');
  });

  it('reads a Pix key or a bank account out of the stored destination', () => {
    expect(destinationText({ pix_address_key: '12345678909', pix_address_key_type: 'cpf' }, { masked: false })).toEqual({ kind: 'pix', keyType: 'cpf', key: '123.456.789-09' });
    expect(destinationText({ bank_code: '341', branch: '1234', account: '123456', account_digit: '7' }, { masked: true })).toEqual({ kind: 'bank', bank: '341', branch: '1234', account: '•••56-7' });
    expect(destinationText({}, { masked: true })).toBeNull();
  });
});
