import type { ChargeStatus } from '@/db/schema';

/**
 * Reference A.4's lifecycle as this platform walks it (A.3's table per method). A Pix is `issued`
 * until paid (`paid` at once) or expired (`canceled`); a boleto is `issued` until paid (`pending`
 * until it settles, then `paid`) or expired. A card charge is `issued` until a card is
 * given; the acquirer's answer makes it `pending` (3DS challenge), `pre_captured` (authorized with
 * `capture: false`, waiting for a capture), `confirmed` (authorized and captured) or `error`.
 * Settlement (a later issue) turns `confirmed` into `paid`. Before capture a charge can be
 * `canceled` (voided); after, only refunded, partially (status unchanged) or fully (`refunded`).
 * Disputes run `chargeback_requested` → `chargeback` (lost) or `chargeback_reversed` (won, and
 * refundable like a confirmed charge).
 * `refund_error`, `pre_chargeback_resolution` and `chargeback_refunded` are statuses the sandbox
 * acquirer never produces.
 */
const NEXT: Record<ChargeStatus, readonly ChargeStatus[]> = {
  issued: ['pending', 'pre_captured', 'confirmed', 'paid', 'error', 'canceled'],
  pending: ['pre_captured', 'confirmed', 'paid', 'error', 'canceled'],
  pre_captured: ['confirmed', 'canceled'],
  confirmed: ['paid', 'refunded', 'chargeback_requested'],
  paid: ['refunded', 'chargeback_requested'],
  chargeback_requested: ['chargeback', 'chargeback_reversed'],
  // A dispute won before settlement put the money back in `pending`: settlement still makes it `paid`.
  chargeback_reversed: ['refunded', 'paid'],
  refunded: [],
  refund_error: [],
  pre_chargeback_resolution: [],
  chargeback: [],
  chargeback_refunded: [],
  canceled: [],
  error: [],
};

export function canMove(from: ChargeStatus, to: ChargeStatus): boolean {
  return NEXT[from].includes(to);
}

/**
 * Statuses a refund may start from: reference A.3's "confirmed or paid", and a won dispute, whose
 * money is the merchant's again (A.4 does not list `chargeback_reversed` as terminal).
 */
export const REFUNDABLE: readonly ChargeStatus[] = ['confirmed', 'paid', 'chargeback_reversed'];
/** Statuses a cardholder may dispute: captured money not yet disputed. */
export const DISPUTABLE: readonly ChargeStatus[] = ['confirmed', 'paid'];
/** Statuses a cancel (a void before capture) may start from. */
export const CANCELABLE: readonly ChargeStatus[] = ['issued', 'pending', 'pre_captured'];
/** After capture the charge is money in the wallet: cancel is refused with CANCEL_NOT_ALLOWED, pointing at refunds. */
export const CAPTURED: readonly ChargeStatus[] = ['confirmed', 'paid', 'refunded', 'chargeback_requested', 'chargeback', 'chargeback_reversed'];

export function isTerminal(status: ChargeStatus): boolean {
  return NEXT[status].length === 0;
}
