import { currencyDigits, type WalletCurrency } from '@/lib/money/currency';
import { formatMinor } from '@/lib/money/decimal';

/** Where each wallet currency is at home, so amounts read as its people write them. */
export const CURRENCY_LOCALES: Record<WalletCurrency, string> = {
  BRL: 'pt-BR',
  MXN: 'es-MX',
  CLP: 'es-CL',
  ARS: 'es-AR',
};

/**
 * A balance from its exact decimal text ("12345.67", as the API answers it) in the currency's own
 * locale: "R$ 12.345,67". Intl formats a numeric string as an exact decimal, so the digits never
 * pass through a float.
 */
export function formatBalance(decimal: string, currency: WalletCurrency): string {
  return new Intl.NumberFormat(CURRENCY_LOCALES[currency], { style: 'currency', currency }).format(decimal as Intl.StringNumericLiteral);
}

/** An amount of minor units (a ledger figure, a limit) in the currency's own locale: 123456n BRL → "R$ 1.234,56". */
export function formatMoney(minor: bigint, currency: WalletCurrency): string {
  return formatBalance(formatMinor(minor, currencyDigits(currency)), currency);
}

const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** A timestamp the same on server and client: "3 May 2026, 14:05 UTC". */
export function formatDateTime(date: Date): string {
  return `${DATE_TIME.format(date)} UTC`;
}
