import { describe, expect, it } from 'vitest';
import { isCnpj, isCpf } from './documents';

describe('CPF and CNPJ on the QI wire', () => {
  it('takes a CPF of 11 digits with valid check digits, unmasked', () => {
    expect(isCpf('12345678909')).toBe(true);
    expect(isCpf('12345678901')).toBe(false);
    expect(isCpf('123.456.789-09')).toBe(false);
    expect(isCpf('11111111111')).toBe(false);
  });

  it('takes numeric and alphanumeric CNPJs with valid check digits, unmasked and upper case', () => {
    expect(isCnpj('12345678000195')).toBe(true);
    expect(isCnpj('Q0SLFMBD7VX439')).toBe(true);
    expect(isCnpj('Q0SLFMBD7VX438')).toBe(false);
    expect(isCnpj('q0slfmbd7vx439')).toBe(false);
    expect(isCnpj('12.345.678/0001-95')).toBe(false);
    expect(isCnpj('00000000000000')).toBe(false);
  });
});
