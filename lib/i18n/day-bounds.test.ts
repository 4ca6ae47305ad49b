import { describe, expect, it } from 'vitest';
import { dayBounds } from './day-bounds';

describe('dayBounds', () => {
  it("is the reader's midnight to midnight", () => {
    expect(dayBounds('2026-03-10', 'America/Sao_Paulo')).toEqual({ start: new Date('2026-03-10T03:00:00.000Z'), end: new Date('2026-03-11T02:59:59.999Z') });
    expect(dayBounds('2026-12-31', 'UTC')).toEqual({ start: new Date('2026-12-31T00:00:00.000Z'), end: new Date('2026-12-31T23:59:59.999Z') });
  });

  it('holds across a daylight-saving change', () => {
    // Santiago skips from 23:59:59 on 5 September 2026 to 01:00 on the 6th (UTC−4 → UTC−3).
    const { start, end } = dayBounds('2026-09-06', 'America/Santiago');
    expect(start.toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(end.toISOString()).toBe('2026-09-07T02:59:59.999Z');
  });
});
