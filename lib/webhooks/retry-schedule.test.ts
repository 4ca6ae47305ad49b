import { describe, expect, it } from 'vitest';
import { configuredRetrySchedule, DEFAULT_RETRY_SCHEDULE, maxAttempts, nextAttemptAt } from './retry-schedule';

const failedAt = new Date('2026-11-21T12:00:00Z');
const after = (attempt: number) => {
  const next = nextAttemptAt(attempt, failedAt);
  return next && (next.getTime() - failedAt.getTime()) / 1000;
};

describe('retry schedule', () => {
  it('waits 1 min, 5 min, 30 min, 2 h, 6 h, 24 h after the 1st to 6th failures', () => {
    expect([1, 2, 3, 4, 5, 6].map(after)).toEqual([60, 300, 1800, 7200, 21_600, 86_400]);
  });

  it('gives up after the 7th attempt fails', () => {
    expect(maxAttempts()).toBe(7);
    expect(nextAttemptAt(7, failedAt)).toBeNull();
    expect(nextAttemptAt(8, failedAt)).toBeNull();
  });

  it('follows injected delays, their count fixing the number of attempts', () => {
    const schedule = { delaysMs: [1000, 2000] };
    expect(maxAttempts(schedule)).toBe(3);
    expect(nextAttemptAt(1, failedAt, schedule)).toEqual(new Date(failedAt.getTime() + 1000));
    expect(nextAttemptAt(2, failedAt, schedule)).toEqual(new Date(failedAt.getTime() + 2000));
    expect(nextAttemptAt(3, failedAt, schedule)).toBeNull();
    expect(maxAttempts({ delaysMs: [] })).toBe(1);
  });

  it('refuses attempt numbers that cannot exist', () => {
    expect(() => nextAttemptAt(0, failedAt, DEFAULT_RETRY_SCHEDULE)).toThrow(RangeError);
    expect(() => nextAttemptAt(1.5, failedAt)).toThrow(RangeError);
  });
});

describe('configuredRetrySchedule', () => {
  it('reads the test setting’s delays, and falls back to the default schedule', () => {
    expect(configuredRetrySchedule('500,1000,2000')).toEqual({ delaysMs: [500, 1000, 2000] });
    expect(configuredRetrySchedule(undefined)).toBe(DEFAULT_RETRY_SCHEDULE);
  });
});
