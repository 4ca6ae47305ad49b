import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feeFor, feeReturnedBy } from './fees';

describe('feeFor', () => {
  it('takes basis points rounded half up, plus the fixed part', () => {
    expect(feeFor({ percentBps: 349, fixedMinor: 0n }, 10_000n)).toBe(349n);
    expect(feeFor({ percentBps: 349, fixedMinor: 0n }, 150n)).toBe(5n); // 5.235 → 5
    expect(feeFor({ percentBps: 350, fixedMinor: 0n }, 100n)).toBe(4n); // 3.5 → 4
    expect(feeFor({ percentBps: 0, fixedMinor: 349n }, 10_000n)).toBe(349n);
  });

  it('never exceeds the gross', () => {
    expect(feeFor({ percentBps: 100, fixedMinor: 500n }, 100n)).toBe(100n);
  });
});

describe('feeReturnedBy', () => {
  it('gives back exactly the whole fee over any sequence of partial refunds', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.integer({ min: 0, max: 10_000 }), fc.array(fc.bigInt({ min: 1n, max: 10n ** 12n }), { minLength: 1, maxLength: 20 }), (captured, bps, parts) => {
        const fee = feeFor({ percentBps: bps, fixedMinor: 0n }, captured);
        let refunded = 0n;
        let returned = 0n;
        for (const part of parts) {
          const refund = part > captured - refunded ? captured - refunded : part;
          if (refund === 0n) break;
          const back = feeReturnedBy({ feeMinor: fee, capturedMinor: captured, refundedBeforeMinor: refunded, feeReturnedBeforeMinor: returned, refundMinor: refund });
          expect(back >= 0n && back <= refund).toBe(true);
          refunded += refund;
          returned += back;
        }
        const rest = captured - refunded;
        if (rest > 0n) returned += feeReturnedBy({ feeMinor: fee, capturedMinor: captured, refundedBeforeMinor: refunded, feeReturnedBeforeMinor: returned, refundMinor: rest });
        expect(returned).toBe(fee);
      }),
    );
  });
});
