/** An idempotency key as clients send it: 1 to 255 visible ASCII characters (a UUID v4 is recommended). */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

export const IDEMPOTENCY_KEY_RULE = 'Must be 1 to 255 visible ASCII characters (a UUID v4 is recommended)';

export function isIdempotencyKey(value: unknown): value is string {
  return typeof value === 'string' && IDEMPOTENCY_KEY.test(value);
}
