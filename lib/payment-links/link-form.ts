import { z } from 'zod';
import type { PaymentLinkMethod } from '@/db/schema';
import { currencyDigits } from '@/lib/money/currency';
import { DecimalError, formatMinor, parseMinor } from '@/lib/money/decimal';
import { MAX_AMOUNT_MINOR } from '@/lib/money/schemas';
import { createPaymentLinkSchema } from './schemas';

// The dashboard's "New payment link" form. Its values are A.6's create body, so the action hands
// what it parses straight to the service the API route calls. The form's resolver fills in what
// the chosen wallet decides (merchant, currency) and turns what the reader typed (an amount written
// their way, an expiry in their time zone) into the body's canonical text before this schema
// judges it. Browser-safe.

/**
 * The create body with the checks a merchant should hear about before submitting: the amount in
 * the currency's own decimals, Pix and boleto in reais only, an expiry still to come. The service
 * checks them all again.
 */
export const paymentLinkFormSchema = createPaymentLinkSchema.superRefine((body, ctx) => {
  const problem = amountProblem(body.value, body.currency);
  if (problem) ctx.addIssue({ code: 'custom', path: ['value'], message: problem });
  if (body.currency !== 'BRL' && body.charge_type.some((method) => method !== 'credit_card')) {
    ctx.addIssue({ code: 'custom', path: ['charge_type'], message: 'Pix and boleto are taken in BRL only' });
  }
  if (body.expires_at && Date.parse(body.expires_at) <= Date.now()) ctx.addIssue({ code: 'custom', path: ['expires_at'], message: 'Choose a moment in the future' });
});

export type PaymentLinkFormBody = z.output<typeof paymentLinkFormSchema>;

/** Why `value` is no amount of `currency`, or null when it is one. */
export function amountProblem(value: string, currency: string): string | null {
  const digits = currencyDigits(currency);
  let minor: bigint;
  try {
    minor = parseMinor(value, digits);
  } catch (error) {
    return error instanceof DecimalError && /decimal places/.test(error.message) ? `${currency} takes at most ${digits} decimal places` : 'Enter an amount such as 150.00';
  }
  if (minor <= 0n) return 'The amount must be greater than zero';
  if (minor > MAX_AMOUNT_MINOR) return `The amount must be at most ${formatMinor(MAX_AMOUNT_MINOR, digits)}`;
  return null;
}

/** The methods a wallet's currency takes: Pix and boleto are Brazilian. */
export function methodsFor(currency: string): PaymentLinkMethod[] {
  return currency === 'BRL' ? ['credit_card', 'pix', 'boleto'] : ['credit_card'];
}

/** The A.6 region a wallet's currency is sold in, where A.6 names one. */
export function regionFor(currency: string): 'BR' | 'MX' | 'CO' | null {
  return ({ BRL: 'BR', MXN: 'MX', COP: 'CO' } as const)[currency as 'BRL'] ?? null;
}

/**
 * A wall-clock time typed in a `datetime-local` input ("2026-05-01T18:30") as the instant it names
 * in `timeZone`, ISO 8601 in UTC; null for an empty or malformed input. DST-safe: the zone's offset
 * is read at the instant itself (a time the clocks skip reads as the one after the jump).
 */
export function wallTimeToIso(local: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  let instant = asUtc - offsetAt(new Date(asUtc), timeZone);
  instant = asUtc - offsetAt(new Date(instant), timeZone);
  return new Date(instant).toISOString();
}

/** How far `timeZone` is ahead of UTC at `at`, in milliseconds. */
function offsetAt(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(at)
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - (at.getTime() - at.getMilliseconds());
}
