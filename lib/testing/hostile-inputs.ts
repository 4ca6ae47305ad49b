/**
 * Values no field should take and bodies no JSON route should accept, shared by the in-process
 * fuzz test (lib/openapi/fuzz.integration.test.ts) and the reliability suite's malformed requests
 * (e2e/reliability/malformed-inputs.ts), so both probe the routes with the same hostile inputs.
 */
export const NASTY_VALUES: readonly unknown[] = [
  '\u0000',
  'a\u0000b',
  '',
  ' ',
  'x'.repeat(5000),
  '%ZZ',
  '../../etc/passwd',
  '\uD800',
  '😀',
  "'; drop table wallet; --",
  '1e3',
  '15.0',
  '-1',
  '99999999999999999999999.99',
  -1,
  0,
  2 ** 53 + 1,
  1e400,
  0.001,
  true,
  null,
  [],
  {},
  [null],
  { nested: { deeper: '\u0000' } },
];

/** Texts a JSON parser refuses, or reads as something other than an object. */
export const RAW_BODIES: readonly string[] = [
  '{',
  '[]',
  'null',
  '"text"',
  '{"a":1,}',
  '\u0000',
  '{"amount": 1e400}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  '{"a":"\\ud800"}',
  'a=1&b=2',
];
