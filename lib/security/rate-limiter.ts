import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import type { Db } from '@/db/client';
import { rateLimit } from '@/db/schema';

export interface LimitPolicy {
  /** Distinguishes the counters of one policy from another's in the shared table. */
  keyPrefix: string;
  /** Failures allowed inside the window. */
  points: number;
  /** Window length, in seconds. */
  durationSeconds: number;
}

/** A failure counter shared by every process through the database. */
export interface FailureLimiter {
  /** Seconds until the key may try again, or 0 when it is not blocked. */
  retryAfter(key: string): Promise<number>;
  recordFailure(key: string): Promise<void>;
  reset(key: string): Promise<void>;
}

export function failureLimiter(db: Db, policy: LimitPolicy): FailureLimiter {
  const limiter = new RateLimiterDrizzle({
    storeClient: db,
    schema: rateLimit,
    keyPrefix: policy.keyPrefix,
    points: policy.points,
    duration: policy.durationSeconds,
  });
  return {
    async retryAfter(key) {
      const state = await limiter.get(key);
      if (!state || state.consumedPoints < policy.points) return 0;
      return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
    },
    async recordFailure(key) {
      // consume() rejects with the limiter state once the budget is spent; that is the expected
      // outcome of counting one more failure, not an error.
      await limiter.consume(key).catch((reason) => {
        if (!(reason instanceof RateLimiterRes)) throw reason;
      });
    },
    async reset(key) {
      await limiter.delete(key);
    },
  };
}

/** A budget of requests per window, every request counted (not only failures). */
export interface RequestLimiter {
  /** Counts one request of `key`; answers 0 when it is within the budget, else the seconds until the window reopens. */
  consume(key: string): Promise<number>;
}

export function requestLimiter(db: Db, policy: LimitPolicy): RequestLimiter {
  const limiter = new RateLimiterDrizzle({
    storeClient: db,
    schema: rateLimit,
    keyPrefix: policy.keyPrefix,
    points: policy.points,
    duration: policy.durationSeconds,
  });
  return {
    async consume(key) {
      try {
        await limiter.consume(key);
        return 0;
      } catch (reason) {
        // Past the budget, consume() rejects with the limiter's state: the answer, not a failure.
        if (!(reason instanceof RateLimiterRes)) throw reason;
        return Math.max(1, Math.ceil(reason.msBeforeNext / 1000));
      }
    },
  };
}
