import { createHmac } from 'node:crypto';

/**
 * Recognises the same card across charges (repeat payers, fraud velocity) without storing its
 * number. Keyed, because a plain hash of a 16-digit number whose first six and last four are
 * stored in the clear can be reversed by trying the few million numbers left.
 */
export function cardFingerprint(pan: string, key: string): string {
  const digits = pan.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits)) throw new RangeError('a card number is digits only');
  if (!key) throw new RangeError('a card fingerprint needs a key');
  return createHmac('sha256', key).update(digits).digest('hex');
}
