import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLuhnValid, luhnCheckDigit } from './luhn';

describe('isLuhnValid', () => {
  it('accepts numbers whose check digit is right', () => {
    expect(isLuhnValid('4111111111111111')).toBe(true);
    expect(isLuhnValid('378282246310005')).toBe(true);
    expect(isLuhnValid('36006666333344')).toBe(true);
    expect(isLuhnValid('5078601870000127985')).toBe(true);
  });

  it('refuses a wrong check digit', () => {
    expect(isLuhnValid('4111111111111112')).toBe(false);
    expect(isLuhnValid('4024007153763191')).toBe(false);
  });

  it('takes 12 to 19 digits and nothing else', () => {
    expect(isLuhnValid('00000000000')).toBe(false);
    expect(isLuhnValid('000000000000')).toBe(true);
    expect(isLuhnValid('0000000000000000000')).toBe(true);
    expect(isLuhnValid('00000000000000000000')).toBe(false);
    expect(isLuhnValid('4111 1111 1111 1111')).toBe(false);
    expect(isLuhnValid('4111-1111-1111-1111')).toBe(false);
    expect(isLuhnValid('')).toBe(false);
    expect(isLuhnValid('٤١١١١١١١١١١١١١١١')).toBe(false);
  });

  it('completes a body with its check digit', () => {
    expect(luhnCheckDigit('411111111111111')).toBe('1');
    expect(luhnCheckDigit('402400715376319')).toBe('7');
    expect(() => luhnCheckDigit('4111 1111')).toThrow(RangeError);
  });

  it('notices any single changed digit', () => {
    const body = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 11, maxLength: 18 });
    fc.assert(
      fc.property(body, fc.nat(), fc.integer({ min: 1, max: 9 }), (digits, at, shift) => {
        const pan = digits + luhnCheckDigit(digits);
        expect(isLuhnValid(pan)).toBe(true);
        const i = at % pan.length;
        const changed = pan.slice(0, i) + String((Number(pan[i]) + shift) % 10) + pan.slice(i + 1);
        expect(isLuhnValid(changed)).toBe(false);
      }),
    );
  });
});
