import type { PaymentLinkStatus } from '@/db/schema';

/** What decides a link's status besides the merchant's own switch: its expiry and its payments. */
export interface LinkState {
  status: PaymentLinkStatus;
  expiresAt: Date | null;
  maxPayments: number | null;
  paymentsCount: number;
}

/**
 * A link's status as it stands at `now`: a merchant's `inactive` wins, then `completed` (its last
 * allowed payment was made), then `expired` (its time ran out); otherwise `active`. Computed on read
 * as well as stored, so no job has to run for a link to stop taking payments on time.
 */
export function effectiveStatus(link: LinkState, now: Date): PaymentLinkStatus {
  if (link.status === 'inactive') return 'inactive';
  if (link.status === 'completed' || (link.maxPayments !== null && link.paymentsCount >= link.maxPayments)) return 'completed';
  if (link.status === 'expired' || (link.expiresAt !== null && link.expiresAt.getTime() <= now.getTime())) return 'expired';
  return 'active';
}
