import { describe, expect, it } from 'vitest';
import { bankDestinationSchema, normalizedPixKey, pixDestinationSchema } from './destinations';

describe('Pix destinations', () => {
  it('accept a key valid for the type it claims, normalized as the directory keeps it', () => {
    expect(normalizedPixKey('cpf', '529.982.247-25')).toBe('52998224725');
    expect(normalizedPixKey('cnpj', '11.222.333/0001-81')).toBe('11222333000181');
    expect(normalizedPixKey('email', 'Loja@Example.com')).toBe('loja@example.com');
    expect(normalizedPixKey('phone', '+5511987654321')).toBe('+5511987654321');
    expect(normalizedPixKey('evp', '123E4567-E89B-42D3-A456-426614174000')).toBe('123e4567-e89b-42d3-a456-426614174000');
  });

  it('refuse a key that is not of its type or fails its check digits', () => {
    expect(normalizedPixKey('cpf', '52998224724')).toBeNull();
    expect(normalizedPixKey('cnpj', '11222333000180')).toBeNull();
    expect(normalizedPixKey('email', 'not-an-email')).toBeNull();
    expect(normalizedPixKey('phone', '11987654321')).toBeNull();
    expect(normalizedPixKey('evp', '52998224725')).toBeNull();
    expect(normalizedPixKey('cpf', 'loja@example.com')).toBeNull();
  });

  it('report the key field when it is wrong', () => {
    const result = pixDestinationSchema.safeParse({ pix_address_key: '52998224724', pix_address_key_type: 'cpf' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['pix_address_key']);
  });
});

describe('bank destinations', () => {
  // Itaú (341): branch 1234, account 12345-1 passes its modulo-10 check digit.
  const valid = { bank_code: '341', branch: '1234', account: '12345', account_digit: '1', beneficiary_name: 'Padaria Bela Vista', beneficiary_document: '11222333000181' };

  it('accept an account that passes its bank’s check digit, and refuse one that does not', () => {
    expect(bankDestinationSchema.parse(valid)).toMatchObject({ bank_code: '341', account_type: 'checking' });
    expect(bankDestinationSchema.safeParse({ ...valid, account_digit: '2' }).error?.issues[0]?.path).toEqual(['account_digit']);
  });

  it('refuse an unknown bank, a malformed branch and a bad document', () => {
    expect(bankDestinationSchema.safeParse({ ...valid, bank_code: '000' }).error?.issues[0]?.path).toEqual(['bank_code']);
    expect(bankDestinationSchema.safeParse({ ...valid, branch: '12a4' }).success).toBe(false);
    expect(bankDestinationSchema.safeParse({ ...valid, beneficiary_document: '11222333000180' }).success).toBe(false);
  });
});
