import { describe, expect, it } from 'vitest';
import type { InvoiceDateRules } from '@/lib/credit/invoice-configuration';
import { currentCycle, installmentLines } from './installment-cycles';

const fixed: InvoiceDateRules = {
  closing_date_configuration: { type: 'fixed', fixed_day: 15 },
  due_date_configuration: { type: 'fixed', fixed_day: 25, offset_months: 0 },
} as InvoiceDateRules;

describe('installment cycles', () => {
  it('puts each installment on its own cycle, the first on the next invoice to close', () => {
    const lines = installmentLines(fixed, '2026-12-05', 100_00n, 3);
    expect(lines.map((line) => [line.installmentNumber, line.closingDate, line.dueDate])).toEqual([
      [1, '2026-12-15', '2026-12-28'], // the 25th 2026-12 is Christmas, the 26th-27th a weekend
      [2, '2027-01-15', '2027-01-25'],
      [3, '2027-02-15', '2027-02-25'],
    ]);
  });

  it('gives the centavos that do not divide to the first installment, summing exactly', () => {
    const lines = installmentLines(fixed, '2026-12-05', 100_00n, 3);
    expect(lines.map((line) => line.amountMinor)).toEqual([33_34n, 33_33n, 33_33n]);
    expect(lines.reduce((sum, line) => sum + line.amountMinor, 0n)).toBe(100_00n);
  });

  it('sends a purchase on the closing day to the next invoice', () => {
    expect(installmentLines(fixed, '2026-12-15', 10_00n, 1)[0]!.closingDate).toBe('2027-01-15');
    expect(installmentLines(fixed, '2026-12-14', 10_00n, 1)[0]!.closingDate).toBe('2026-12-15');
    expect(currentCycle(fixed, '2026-12-15').closingDate).toBe('2027-01-15');
  });

  it('refuses what is not a purchase', () => {
    expect(() => installmentLines(fixed, '2026-12-05', 0n, 1)).toThrow(RangeError);
    expect(() => installmentLines(fixed, '2026-12-05', 1n, 0)).toThrow(RangeError);
  });
});
