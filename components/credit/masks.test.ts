import { describe, expect, it } from 'vitest';
import { cnpjMask, cpfMask, formatDocument, formatPhone, postalCodeMask } from './masks';

describe('wizard masks', () => {
  it('shows masked values while keeping the wire value', () => {
    expect(cpfMask.parse('123.456.789-09')).toBe('12345678909');
    expect(cpfMask.format('12345678909')).toBe('123.456.789-09');
    expect(cpfMask.format('1234')).toBe('123.4');
    expect(postalCodeMask.parse('01234-567')).toBe('01234567');
    expect(postalCodeMask.format('01234567')).toBe('01234-567');
    expect(cnpjMask.parse('12.345.678/0001-95')).toBe('12345678000195');
    expect(cnpjMask.format('12345678000195')).toBe('12.345.678/0001-95');
  });

  it('keeps the letters of an alphanumeric CNPJ, upper-cased', () => {
    expect(cnpjMask.parse('q0.slf.mbd/7vx4-39')).toBe('Q0SLFMBD7VX439');
    expect(cnpjMask.format('Q0SLFMBD7VX439')).toBe('Q0.SLF.MBD/7VX4-39');
  });

  it('drops what does not fit and caps the length', () => {
    expect(cpfMask.parse('123.456.789-0999')).toBe('12345678909');
    expect(postalCodeMask.parse('abc')).toBe('');
    expect(cnpjMask.parse('Q0SLFMBD7VX439XYZ')).toBe('Q0SLFMBD7VX439');
  });

  it('formats stored owner documents of either kind', () => {
    expect(formatDocument('12345678909')).toBe('123.456.789-09');
    expect(formatDocument('Q0SLFMBD7VX439')).toBe('Q0.SLF.MBD/7VX4-39');
  });
});

describe('formatPhone', () => {
  it('writes mobile and landline numbers as Brazilians do', () => {
    expect(formatPhone({ country_code: '55', area_code: '11', number: '987654321' })).toBe('+55 (11) 98765-4321');
    expect(formatPhone({ country_code: '55', area_code: '21', number: '33334444' })).toBe('+55 (21) 3333-4444');
  });
});
