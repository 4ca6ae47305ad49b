import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { charge, chargeStatusChange } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { now } from '@/lib/clock';

/** One day of captured volume in one currency: minor units, and how many charges made it. */
export interface VolumeDay {
  /** `YYYY-MM-DD` in the reader's zone. */
  day: string;
  amountMinor: bigint;
  count: number;
}

/** One currency's captured volume over the window, every day present (zero when nothing was captured). */
export interface CurrencyVolume {
  currency: string;
  totalMinor: bigint;
  days: VolumeDay[];
}

export interface VolumeWindow {
  /** How many days, today included (1–366). */
  days: number;
  /** The reader's IANA zone: a day starts and ends at their midnight. */
  timeZone: string;
}

/**
 * The money the caller's charges captured per day over the last `days` days (today included), in
 * the reader's zone, per currency (currencies are never added together). A charge counts on the
 * day its money came in (a card captured, a Pix or boleto paid), for what it captured; refunds do
 * not lower it.
 * One set-based query: the status changes of the window are grouped in the database, and the days
 * without captures are filled in here.
 */
export async function chargeVolumeByDay(db: DbOrTx, caller: Caller, window: VolumeWindow): Promise<CurrencyVolume[]> {
  if (!Number.isInteger(window.days) || window.days < 1 || window.days > 366) throw new RangeError('days must be an integer from 1 to 366');
  const days = calendarDays(now(), window.days, window.timeZone);
  const zone = window.timeZone;

  const captured = db
    .select({
      currency: charge.currency,
      day: sql<string>`to_char(${chargeStatusChange.occurredAt} at time zone ${zone}, 'YYYY-MM-DD')`.as('day'),
      amount: charge.capturedMinor,
    })
    .from(chargeStatusChange)
    .innerJoin(charge, eq(charge.chargeUuid, chargeStatusChange.chargeUuid))
    .where(
      and(
        eq(chargeStatusChange.entityUuid, caller.entityUuid),
        // The moment money came in: a card's move into `confirmed` (a partial refund is a step from
        // confirmed to confirmed), a Pix paid from `issued`, a boleto paid (`issued` → `pending`).
        sql`(
          (${chargeStatusChange.toStatus} = 'confirmed' and ${chargeStatusChange.fromStatus} is distinct from 'confirmed')
          or (${chargeStatusChange.toStatus} = 'paid' and ${chargeStatusChange.fromStatus} = 'issued')
          or (${chargeStatusChange.toStatus} = 'pending' and ${chargeStatusChange.fromStatus} = 'issued' and ${charge.typeCharge} = 'boleto')
        )`,
        // Midnight of the first day in the reader's zone, as an instant.
        sql`${chargeStatusChange.occurredAt} >= (${days[0]}::date::timestamp at time zone ${zone})`,
        ownedBy(charge, caller),
      ),
    )
    .as('captured');

  const rows = await db
    .select({
      currency: captured.currency,
      day: captured.day,
      // Summed as numeric and read as text, so no driver turns the total into a float.
      amount: sql<bigint>`sum(${captured.amount})::text`.mapWith(BigInt),
      count: sql<number>`count(*)::int`.mapWith(Number),
    })
    .from(captured)
    .groupBy(captured.currency, captured.day)
    .orderBy(asc(captured.currency), asc(captured.day));

  const byCurrency = new Map<string, Map<string, { amount: bigint; count: number }>>();
  for (const row of rows) {
    if (!byCurrency.has(row.currency)) byCurrency.set(row.currency, new Map());
    byCurrency.get(row.currency)!.set(row.day, { amount: row.amount, count: row.count });
  }
  return [...byCurrency].map(([currency, found]) => {
    const series = days.map((day) => ({ day, amountMinor: found.get(day)?.amount ?? 0n, count: found.get(day)?.count ?? 0 }));
    return { currency, totalMinor: series.reduce((sum, point) => sum + point.amountMinor, 0n), days: series };
  });
}

/** The `count` calendar days ending with today in `timeZone`, oldest first, as `YYYY-MM-DD`. */
export function calendarDays(at: Date, count: number, timeZone: string): string[] {
  // en-CA writes dates as YYYY-MM-DD; an unknown zone throws a RangeError here, before any SQL.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  return Array.from({ length: count }, (_, i) => new Date(Date.UTC(year, month - 1, day - (count - 1 - i))).toISOString().slice(0, 10));
}
