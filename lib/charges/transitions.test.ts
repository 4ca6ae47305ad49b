import { describe, expect, it } from 'vitest';
import { CHARGE_STATUSES } from '@/db/schema';
import { CANCELABLE, canMove, DISPUTABLE, isTerminal, REFUNDABLE } from './transitions';

describe('charge transitions', () => {
  it('walks reference A.4: authorize, capture, settle, refund', () => {
    expect(canMove('issued', 'pending')).toBe(true);
    expect(canMove('pending', 'confirmed')).toBe(true);
    expect(canMove('pre_captured', 'confirmed')).toBe(true);
    expect(canMove('confirmed', 'paid')).toBe(true);
    expect(canMove('confirmed', 'refunded')).toBe(true);
    expect(canMove('chargeback_requested', 'chargeback_reversed')).toBe(true);
  });

  it('never leaves a terminal status, and never goes back to issued', () => {
    for (const from of CHARGE_STATUSES) {
      expect(canMove(from, 'issued')).toBe(false);
      if (isTerminal(from)) for (const to of CHARGE_STATUSES) expect(canMove(from, to)).toBe(false);
    }
    expect(isTerminal('canceled') && isTerminal('error') && isTerminal('refunded') && isTerminal('chargeback')).toBe(true);
  });

  it('cancels only before capture and refunds only after it', () => {
    for (const status of CANCELABLE) expect(REFUNDABLE).not.toContain(status);
    expect(canMove('confirmed', 'canceled')).toBe(false);
  });
});

describe('what each action may start from', () => {
  it('never lets an action start where A.4 has no move for it', () => {
    for (const status of REFUNDABLE) expect(canMove(status, 'refunded')).toBe(true);
    for (const status of DISPUTABLE) expect(canMove(status, 'chargeback_requested')).toBe(true);
    for (const status of CANCELABLE) expect(canMove(status, 'canceled')).toBe(true);
  });
});
