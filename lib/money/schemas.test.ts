import { describe, expect, it } from 'vitest';
import { parseJson } from '@/lib/http/json';
import { amountMinor, MAX_AMOUNT_MINOR } from './schemas';

const brl = amountMinor(2);
const messageOf = (value: unknown) => brl.safeParse(value).error?.issues[0]?.message;

describe('amountMinor', () => {
  it('takes every amount up to the stated maximum, exactly', () => {
    expect(brl.parse(parseJson('999999999999.99'))).toBe(MAX_AMOUNT_MINOR);
    expect(brl.parse('999999999999.990')).toBe(MAX_AMOUNT_MINOR);
  });

  it('refuses an amount past the maximum, saying what the maximum is', () => {
    expect(messageOf(parseJson('1000000000000.00'))).toBe('Must be at most 999999999999.99');
    expect(messageOf(parseJson('92233720368547758.08'))).toBe('Must be at most 999999999999.99');
    expect(amountMinor(0).safeParse('100000000000000').error?.issues[0]?.message).toBe('Must be at most 99999999999999');
  });

  it('refuses exponent notation clearly instead of expanding it', () => {
    expect(messageOf(parseJson('1e3'))).toBe('"1e3" uses exponent notation; write the amount as a plain decimal, such as 1000.00');
    expect(messageOf('1.5E+2')).toMatch(/exponent notation/);
  });

  it('declares the maximum in the OpenAPI metadata', () => {
    expect(brl.meta()).toMatchObject({ maximum: 999999999999.99 });
  });
});
