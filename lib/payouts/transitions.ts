import type { PayoutStatus } from '@/db/schema';

/**
 * Reference A.7's statuses as a payout moves through them: requested (`pending`, scheduled or
 * not yet sent), sent to the rail (`issued`), then `realized`; a realized payout can still come
 * back (`returned`). `error` is a rail's refusal before it paid; `canceled` and `expired` end a
 * scheduled payout that never left.
 */
const NEXT: Record<PayoutStatus, readonly PayoutStatus[]> = {
  pending: ['issued', 'canceled', 'error', 'expired'],
  issued: ['realized', 'error'],
  realized: ['returned'],
  returned: [],
  canceled: [],
  error: [],
  expired: [],
};

export function canMovePayout(from: PayoutStatus, to: PayoutStatus): boolean {
  return NEXT[from].includes(to);
}

export const FINAL_PAYOUT_STATUSES: readonly PayoutStatus[] = ['realized', 'returned', 'canceled', 'error', 'expired'];
