import { describe, expect, it } from 'vitest';
import { isDue, settlementDay } from './delay';
import { splitFee } from './fees';

describe('the settlement day', () => {
  it('is the capture day at D+0, even on a weekend', () => {
    expect(settlementDay('2028-03-04', 0)).toBe('2028-03-04');
  });

  it('counts business days: Friday D+1 is Monday, Thursday D+2 is Monday', () => {
    expect(settlementDay('2028-03-03', 1)).toBe('2028-03-06');
    expect(settlementDay('2028-03-02', 2)).toBe('2028-03-06');
    expect(settlementDay('2028-03-06', 1)).toBe('2028-03-07');
  });

  it('skips banking holidays: Thursday before Good Friday D+1 is Monday; Carnival Monday and Tuesday', () => {
    expect(settlementDay('2028-04-13', 1)).toBe('2028-04-17');
    // Carnival 2028: Monday 28 and Tuesday 29 February.
    expect(settlementDay('2028-02-25', 1)).toBe('2028-03-01');
  });

  it('counts money in on a non-business day from the next business day', () => {
    expect(settlementDay('2028-03-04', 1)).toBe('2028-03-07');
    expect(settlementDay('2028-03-05', 1)).toBe('2028-03-07');
  });

  it('is due once the settlement day has begun in Brasília, not in UTC', () => {
    const captured = new Date('2028-03-03T18:00:00Z');
    expect(isDue(captured, 1, new Date('2028-03-06T02:59:59Z'))).toBe(false); // 23:59 on Sunday in Brasília
    expect(isDue(captured, 1, new Date('2028-03-06T03:00:00Z'))).toBe(true);
    // Captured late on Friday in Brasília, already Saturday in UTC: still Friday's capture.
    expect(isDue(new Date('2028-03-04T02:30:00Z'), 1, new Date('2028-03-06T03:15:00Z'))).toBe(true);
  });
});

describe('the fee split', () => {
  it('takes the fixed part first and the rest as MDR', () => {
    expect(splitFee(349n, 0n)).toEqual({ mdrMinor: 349n, processingFeeMinor: 0n });
    expect(splitFee(349n, 349n)).toEqual({ mdrMinor: 0n, processingFeeMinor: 349n });
    expect(splitFee(449n, 100n)).toEqual({ mdrMinor: 349n, processingFeeMinor: 100n });
    // A fee capped at a tiny gross is all fixed part.
    expect(splitFee(50n, 100n)).toEqual({ mdrMinor: 0n, processingFeeMinor: 50n });
  });
});
