import { describe, expect, it } from 'vitest';
import { fineFor, interestFor, lateChargesFor } from './late-charges';

describe('late charges', () => {
  it('charges the fine once on the balance, rounded half up', () => {
    expect(fineFor(100_000n, '2.0')).toBe(2_000n); // R$ 1.000,00 × 2% = R$ 20,00
    expect(fineFor(12_345n, '2.0')).toBe(247n); // 246,9 centavos → 247
    expect(fineFor(12_325n, '2.0')).toBe(247n); // 246,5 → 247 (half up)
    expect(fineFor(12_324n, '2.0')).toBe(246n); // 246,48 → 246
    expect(fineFor(99_999n, '0')).toBe(0n);
    expect(fineFor(10_000n, '2.5555')).toBe(256n); // 255,55 → 256
  });

  it('charges interest per calendar day over a 30-day month, rounded half up once', () => {
    // R$ 400,00 at 2% a month for 28 days: 40 000 × 0,02 × 28 / 30 = 746,666… → 747
    expect(interestFor(40_000n, '2.0', 28)).toBe(747n);
    // R$ 1.000,00 at 1% for 30 days is exactly 1%
    expect(interestFor(100_000n, '1', 30)).toBe(1_000n);
    // 15 centavos at 1% for 10 days = 0,05 centavo → 0
    expect(interestFor(15n, '1', 10)).toBe(0n);
    expect(interestFor(100_000n, '2.0', 0)).toBe(0n);
    expect(() => interestFor(100n, '2.0', -1)).toThrow(RangeError);
  });

  it('counts the days from the due date to the due date of the invoice that carries the balance', () => {
    expect(lateChargesFor(40_000n, { fine_percentage: '2.0', monthly_interest_percentage: '2.0' }, '2027-01-20', '2027-02-17')).toEqual({
      fineMinor: 800n,
      interestMinor: 747n,
      interestDays: 28,
    });
  });
});
