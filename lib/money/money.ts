import type { Currency } from './currency';

/**
 * An amount as services take it: an exact count of the currency's minor units with its currency.
 * Doors build it from the wire's decimal text (`amountMinor` in ./schemas); services never see
 * a decimal, a float or a bare number.
 */
export interface Money {
  minor: bigint;
  currency: Currency;
}

export function money(minor: bigint, currency: Currency): Money {
  return { minor, currency };
}
