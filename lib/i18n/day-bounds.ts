/**
 * The instants a calendar day starts and ends in a time zone: what "from 1 March to 3 March"
 * means to a reader in São Paulo, as timestamps a query can compare with. DST-safe: the zone's
 * offset is read at the moment itself, not at noon or in UTC.
 */
export function dayBounds(day: string, timeZone: string): { start: Date; end: Date } {
  const start = zonedMidnight(day, timeZone);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
  return { start, end: new Date(zonedMidnight(next, timeZone).getTime() - 1) };
}

/** The first instant of `day` (YYYY-MM-DD) in `timeZone`. */
function zonedMidnight(day: string, timeZone: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(year, month - 1, date);
  // The offset at UTC midnight, and at the instant that points to: they differ when the zone
  // changes its clocks in between. Of the two readings, the earliest that falls on `day` is its
  // start (where the clocks skip midnight, the day starts at 01:00).
  const first = utcMidnight - offsetAt(new Date(utcMidnight), timeZone);
  const second = utcMidnight - offsetAt(new Date(first), timeZone);
  const onDay = [first, second].filter((instant) => localDate(new Date(instant), timeZone) === day);
  return new Date(Math.min(...(onDay.length ? onDay : [first])));
}

function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** How far `timeZone` is ahead of UTC at `at`, in milliseconds. */
function offsetAt(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(at)
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return asUtc - (at.getTime() - at.getMilliseconds());
}
