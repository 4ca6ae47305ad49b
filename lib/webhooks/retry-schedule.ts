const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * How long to wait after each retryable failure before the next attempt (DESIGN §4): attempt 1 is
 * immediate, then +1 min, +5 min, +30 min, +2 h, +6 h, +24 h. Its length fixes the number of
 * attempts: one more than the delays, so the 7th failure is final.
 */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [MINUTE, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 6 * HOUR, 24 * HOUR];

export interface RetrySchedule {
  /** Delays after the 1st, 2nd, … failure; tests inject short ones. */
  delaysMs: readonly number[];
}

export const DEFAULT_RETRY_SCHEDULE: RetrySchedule = { delaysMs: DEFAULT_RETRY_DELAYS_MS };

/** The schedule a deployment uses: WEBHOOK_RETRY_DELAYS_MS's short delays in a test run, the default otherwise. */
export function configuredRetrySchedule(delays: string | undefined): RetrySchedule {
  return delays ? { delaysMs: delays.split(',').map(Number) } : DEFAULT_RETRY_SCHEDULE;
}

export function maxAttempts(schedule: RetrySchedule = DEFAULT_RETRY_SCHEDULE): number {
  return schedule.delaysMs.length + 1;
}

/**
 * When to try again after attempt `attempt` (1-based) failed in a retryable way at `failedAt`,
 * or null when that was the last attempt and the delivery has failed.
 */
export function nextAttemptAt(attempt: number, failedAt: Date, schedule: RetrySchedule = DEFAULT_RETRY_SCHEDULE): Date | null {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`attempt must be a positive integer, got ${attempt}`);
  const delay = schedule.delaysMs[attempt - 1];
  return delay === undefined ? null : new Date(failedAt.getTime() + delay);
}
