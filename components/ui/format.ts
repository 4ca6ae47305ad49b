import { currencyDigits, type WalletCurrency } from '@/lib/money/currency';
import { formatMinor } from '@/lib/money/decimal';

/** Where each wallet currency is at home: the locale its amounts are written in when no reader's locale is given. */
export const CURRENCY_LOCALES: Record<WalletCurrency, string> = {
  BRL: 'pt-BR',
  MXN: 'es-MX',
  CLP: 'es-CL',
  ARS: 'es-AR',
};

/** Who reads a figure: the language it is written in and the zone its times are told in. */
export interface Formatting {
  locale: string;
  timeZone: string;
}

/**
 * A balance from its exact decimal text ("12345.67", as the API answers it) as `locale` writes it
 * (by default the currency's own): "R$ 1.234,56". Intl formats a numeric string as an exact
 * decimal, so the digits never pass through a float. A locale whose symbol for the currency is a
 * bare "$" (MXN in Mexico, CLP in Chile) gets the ISO code instead, so pesos never read as dollars.
 */
export function formatBalance(decimal: string, currency: WalletCurrency, locale: string = CURRENCY_LOCALES[currency]): string {
  const value = decimal as Intl.StringNumericLiteral;
  const bySymbol = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const symbol = bySymbol.formatToParts(value).find((part) => part.type === 'currency')?.value;
  if (symbol !== '$') return bySymbol.format(value);
  return new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'code' }).format(value);
}

/** An amount of minor units (a ledger figure, a limit): 123456n BRL → "R$ 1.234,56". */
export function formatMoney(minor: bigint, currency: WalletCurrency, locale?: string): string {
  return formatBalance(formatMinor(minor, currencyDigits(currency)), currency, locale);
}

const UTC_DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/**
 * A timestamp as the reader writes it, in their zone ("1 de dez. de 2026, 21:28"); without a
 * reader, the same UTC text on server and client ("3 May 2026, 14:05 UTC").
 */
export function formatDateTime(date: Date, formatting?: Formatting): string {
  if (!formatting) return `${UTC_DATE_TIME.format(date)} UTC`;
  return new Intl.DateTimeFormat(formatting.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: formatting.timeZone }).format(date);
}

/**
 * A calendar day ("2027-01-25": a closing or due date, which has no zone of its own) as the reader
 * writes it, "Jan 25, 2027". Read and written at UTC noon so no zone can shift it to another day.
 */
export function formatIsoDate(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}
