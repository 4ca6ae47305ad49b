/** Decimal places of each currency's minor unit (ISO 4217). */
export const CURRENCY_DIGITS = {
  BRL: 2,
  MXN: 2,
  ARS: 2,
  CLP: 0,
  COP: 0,
  PEN: 2,
  USD: 2,
  EUR: 2,
} as const;

export type Currency = keyof typeof CURRENCY_DIGITS;

/** The currencies a payment wallet can hold (seed 001). */
export const WALLET_CURRENCIES = ['BRL', 'MXN', 'CLP', 'ARS'] as const satisfies readonly Currency[];
export type WalletCurrency = (typeof WALLET_CURRENCIES)[number];

export function currencyDigits(currency: string): number {
  const digits = (CURRENCY_DIGITS as Record<string, number>)[currency];
  if (digits === undefined) throw new Error(`Unknown currency ${currency}`);
  return digits;
}
