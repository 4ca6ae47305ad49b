import { isBusinessDay, nextBusinessDay, todayInBrazil, type IsoDate } from '@/lib/banking-calendar';
import type { ChargeMethod } from '@/db/schema';

/** The methods whose money waits in `pending` and settles; a Pix lands in `available` at once (lib/charges/postings.ts). */
export const SETTLED_METHODS = ['credit_card', 'debit_card', 'boleto'] as const satisfies readonly ChargeMethod[];
export type SettledMethod = (typeof SETTLED_METHODS)[number];

export function isSettledMethod(method: ChargeMethod): method is SettledMethod {
  return (SETTLED_METHODS as readonly ChargeMethod[]).includes(method);
}

/**
 * Business days from capture (card) or payment (boleto) to settlement, unless the merchant's
 * `merchant_pricing.settlement_delay_days` says otherwise: DESIGN §2.1's sandbox D+1 for cards
 * and the short end of A.3's D+1..D+3 for boletos.
 */
export const DEFAULT_SETTLEMENT_DELAY_DAYS: Record<SettledMethod, number> = { credit_card: 1, debit_card: 1, boleto: 1 };

/**
 * The day a charge captured on `capturedDay` (America/Sao_Paulo) settles: `delayDays` business
 * days later on the Brazilian banking calendar. D+0 is the capture day itself, even on a weekend
 * or holiday (the money is already in; nothing waits for a bank). Money captured on a non-business
 * day counts from the next business day, as a bank would: Saturday D+1 is Tuesday.
 */
export function settlementDay(capturedDay: IsoDate, delayDays: number): IsoDate {
  if (delayDays <= 0) return capturedDay;
  let day = isBusinessDay(capturedDay) ? capturedDay : nextBusinessDay(capturedDay);
  for (let i = 0; i < delayDays; i += 1) day = nextBusinessDay(day);
  return day;
}

/** Whether a charge captured at `capturedAt` is due to settle at `at`: its settlement day has begun in Brazil. */
export function isDue(capturedAt: Date, delayDays: number, at: Date): boolean {
  return settlementDay(todayInBrazil(capturedAt), delayDays) <= todayInBrazil(at);
}
