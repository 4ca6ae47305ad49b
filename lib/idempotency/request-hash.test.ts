import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { requestHash } from './request-hash';

describe('requestHash', () => {
  const path = '/api/v1/bank/wallet/';

  it('is the same for the same JSON however it is spaced or ordered', () => {
    expect(requestHash('POST', path, '{"a":1,"b":{"c":"x","d":[1,2]}}')).toBe(
      requestHash('post', path, '{ "b": { "d": [1, 2], "c": "x" },\n "a": 1 }'),
    );
  });

  it('tells apart amounts that a double would merge', () => {
    expect(requestHash('POST', path, '{"amount": 0.10000000000000000001}')).not.toBe(requestHash('POST', path, '{"amount": 0.1}'));
  });

  it('depends on the method, the path, the query and the body', () => {
    const base = requestHash('POST', path, '{"a":1}');
    expect(requestHash('PATCH', path, '{"a":1}')).not.toBe(base);
    expect(requestHash('POST', `${path}?x=1`, '{"a":1}')).not.toBe(base);
    expect(requestHash('POST', '/api/v1/bank/wallet/charge/', '{"a":1}')).not.toBe(base);
    expect(requestHash('POST', path, '{"a":2}')).not.toBe(base);
    expect(requestHash('POST', path, '[{"a":1}]')).not.toBe(base);
  });

  it('compares a body that is not JSON by its bytes, and an empty body as empty', () => {
    expect(requestHash('POST', path, 'a=1&b=2')).toBe(requestHash('POST', path, 'a=1&b=2'));
    expect(requestHash('POST', path, 'a=1&b=2')).not.toBe(requestHash('POST', path, 'b=2&a=1'));
    expect(requestHash('POST', path, '')).toBe(requestHash('POST', path, '  \n'));
  });
});

describe('requestHash is keyed', () => {
  const path = '/api/v1/bank/wallet/';
  const body = '{"card_number":"4111111111111111"}';

  it('is the HMAC-SHA256 of the canonical request under the key, not a plain hash anyone can recompute', () => {
    const secret = 'k'.repeat(32);
    const canonical = `POST\n${path}\n{"card_number":"4111111111111111"}`;
    expect(requestHash('POST', path, body, secret)).toBe(createHmac('sha256', secret).update(canonical).digest('hex'));
    expect(requestHash('POST', path, body, secret)).not.toBe(createHash('sha256').update(canonical).digest('hex'));
  });

  it('differs under another key, so a stored hash is useless without the deployment secret', () => {
    expect(requestHash('POST', path, body, 'a'.repeat(32))).not.toBe(requestHash('POST', path, body, 'b'.repeat(32)));
  });
});
