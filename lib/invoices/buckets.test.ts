import { describe, expect, it } from 'vitest';
import { allocatePayment, applyCredit, emptyBuckets, remainingAfter, sumBuckets } from './buckets';

const owed = (late: bigint, postpaid: bigint, payroll: bigint) => ({ late_charges: late, postpaid_credit_limit: postpaid, payroll_withdraw_limit: payroll });

describe('invoice buckets', () => {
  it('pays late charges first, then the card limit, then payroll withdrawals', () => {
    expect(allocatePayment(owed(1_547n, 40_000n, 5_000n), 10_000n)).toEqual(owed(1_547n, 8_453n, 0n));
    expect(allocatePayment(owed(1_547n, 40_000n, 5_000n), 46_547n)).toEqual(owed(1_547n, 40_000n, 5_000n));
    expect(allocatePayment(owed(1_547n, 40_000n, 5_000n), 1_000n)).toEqual(owed(1_000n, 0n, 0n));
  });

  it('refuses nothing, or more than is owed', () => {
    expect(() => allocatePayment(owed(0n, 100n, 0n), 0n)).toThrow(RangeError);
    expect(() => allocatePayment(owed(0n, 100n, 0n), 101n)).toThrow(RangeError);
  });

  it('leaves what was not paid, bucket by bucket', () => {
    const left = remainingAfter(owed(100n, 1_000n, 0n), owed(100n, 400n, 0n));
    expect(left).toEqual(owed(0n, 600n, 0n));
    expect(sumBuckets(left)).toBe(600n);
  });

  it('lets a credit on the card limit pay the late charges and withdrawals, and keeps the rest', () => {
    expect(applyCredit(owed(300n, -1_000n, 200n))).toEqual({ owed: emptyBuckets(), applied: owed(300n, 0n, 200n), credit: -500n });
    expect(applyCredit(owed(300n, -100n, 200n))).toEqual({ owed: owed(200n, 0n, 200n), applied: owed(100n, 0n, 0n), credit: 0n });
    expect(applyCredit(owed(300n, 100n, 0n))).toEqual({ owed: owed(300n, 100n, 0n), applied: emptyBuckets(), credit: 0n });
  });
});
