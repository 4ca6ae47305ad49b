import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './unavailable';

describe('isDatabaseUnavailable', () => {
  it('recognises the driver’s connection failures and PostgreSQL’s shutdown codes, wrapped or not', () => {
    for (const code of ['ECONNREFUSED', 'CONNECTION_ENDED', 'CONNECT_TIMEOUT', '57P01', '57P03', '08006']) {
      expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code }))).toBe(true);
      expect(isDatabaseUnavailable(new Error('Failed query', { cause: Object.assign(new Error('x'), { code }) }))).toBe(true);
    }
  });

  it('leaves every other error to be a bug', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('undefined is not a function'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
