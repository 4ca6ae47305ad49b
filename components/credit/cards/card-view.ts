import type { PaymentInstrumentStatus } from '@/db/schema/payment-instruments';
import type { InstrumentRow } from '@/lib/payment-instruments/queries';

/**
 * What the page shows of a card: never its sealed number or fingerprint, which stay on the server
 * (the row as stored must not reach a client component's props).
 */
export interface CardView {
  paymentInstrumentKey: string;
  lastFour: string;
  cardName: string;
  printedName: string;
  status: PaymentInstrumentStatus;
  expiryMonth: number;
  expiryYear: number;
  limitMinor: bigint;
  usedMinor: bigint;
}

export function cardView(row: InstrumentRow): CardView {
  return {
    paymentInstrumentKey: row.paymentInstrumentKey,
    lastFour: row.cardLastFour,
    cardName: String(row.cardData.card_name ?? ''),
    printedName: String(row.cardData.printed_name ?? ''),
    status: row.status,
    expiryMonth: row.cardExpiryMonth,
    expiryYear: row.cardExpiryYear,
    limitMinor: row.limitAmountMinor,
    usedMinor: row.usedLimitMinor,
  };
}

/** "05/31", as a card prints its expiry and a checkout asks for it. */
export function formatExpiry(month: number, year: number): string {
  return `${String(month).padStart(2, '0')}/${String(year % 100).padStart(2, '0')}`;
}
