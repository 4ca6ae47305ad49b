import type { ChargeMethod, ChargeStatus } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';

// What the payer's page says about a charge: A.4's statuses in the payer's terms. Browser-safe,
// so the page's live status reads the polled status the same way the server rendered it.

/**
 * - `awaiting`: issued, waiting for the payer (the only state that changes by itself for a Pix or boleto);
 * - `paid`: the money arrived (a Pix, an authorized card, a settled boleto);
 * - `settling`: a boleto paid at the bank, clearing before the merchant is credited (`pending`);
 * - `processing`: a card waiting for its 3DS authentication;
 * - `expired` / `canceled`: an unpaid charge closed by its expiry or by the merchant;
 * - `failed`: declined; `refunded`: the money went back.
 */
export const PAYER_STATES = ['awaiting', 'paid', 'settling', 'processing', 'expired', 'canceled', 'failed', 'refunded'] as const;
export type PayerState = (typeof PAYER_STATES)[number];

const REFUNDED: readonly ChargeStatus[] = ['refunded', 'chargeback', 'chargeback_refunded'];

export function payerState(method: ChargeMethod, status: ChargeStatus, expired = false): PayerState {
  switch (status) {
    case 'issued':
      return 'awaiting';
    case 'pending':
      return method === 'boleto' ? 'settling' : 'processing';
    case 'canceled':
      return expired ? 'expired' : 'canceled';
    case 'error':
      return 'failed';
    default:
      return REFUNDED.includes(status) ? 'refunded' : 'paid';
  }
}

/** Whether the payer's page should keep asking for the status: only while a Pix or boleto waits for its payment. */
export function awaitsPayment(method: ChargeMethod, status: ChargeStatus): boolean {
  return (method === 'pix' || method === 'boleto') && status === 'issued';
}

/** The payer reads the page in the charge's country: Portuguese for reais, Spanish for Mexican pesos, English otherwise. */
export function payerLocale(currency: string): Locale {
  if (currency === 'BRL') return 'pt-BR';
  if (currency === 'MXN') return 'es-MX';
  return 'en';
}

/** Where the charge's country tells the time: Brasília for reais, Mexico City for pesos, UTC otherwise. */
export function payerTimeZone(currency: string): string {
  if (currency === 'BRL') return 'America/Sao_Paulo';
  if (currency === 'MXN') return 'America/Mexico_City';
  return 'UTC';
}
