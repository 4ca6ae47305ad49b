/**
 * The one clock services read. Production reads the system time; a test sets a fixed or advancing
 * time (`setClock`) instead of waiting, the way Stripe's test clocks move an object through time.
 * Database defaults (`now()`) are for bookkeeping columns only; any time a rule depends on (an
 * expiry, a due date, a settlement delay) comes from here.
 */
type Clock = () => Date;

const systemClock: Clock = () => new Date();
const globalForClock = globalThis as unknown as { __walletClock?: Clock };

export function now(): Date {
  return (globalForClock.__walletClock ?? systemClock)();
}

/** Tests only: time stands at `at` (a Date) or follows the given function, until `resetClock()`. */
export function setClock(at: Date | Clock): void {
  globalForClock.__walletClock = typeof at === 'function' ? at : () => new Date(at.getTime());
}

export function resetClock(): void {
  globalForClock.__walletClock = undefined;
}
