import type { z } from 'zod';
import { jsonDecimal } from '@/lib/money/decimal';
import type { IssuedInstrument } from './issue';
import type { InstrumentEntryDetail, InstrumentRow, InvoiceItemRow, WalletEntryDetail } from './queries';
import type {
  issuedPaymentInstrumentSchema,
  invoiceItemSchema,
  paymentInstrumentEntrySchema,
  paymentInstrumentLimitAnswerSchema,
  paymentInstrumentSchema,
  walletEntrySchema,
} from './response-schemas';

/** The QI bodies of reference B.5 and B.6; amounts are exact decimal JSON numbers in reais. */

const BRL_DIGITS = 2;
const brl = (minor: bigint) => jsonDecimal(minor, BRL_DIGITS);
const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export function instrumentBody(row: InstrumentRow): z.input<typeof paymentInstrumentSchema> {
  return {
    payment_instrument_key: row.paymentInstrumentKey,
    wallet_key: row.walletUuid,
    payment_instrument_type: row.paymentInstrumentType,
    payment_instrument_status: row.status,
    limit_amount: brl(row.limitAmountMinor),
    used_limit: brl(row.usedLimitMinor),
    person_key: row.personKey,
    card: { brand: 'visa', bin: row.cardBin, last_four_digits: row.cardLastFour, expiration_month: row.cardExpiryMonth, expiration_year: row.cardExpiryYear },
    postpaid_card_data: row.cardData,
    created_at: isoSeconds(row.createdAt),
  };
}

export function issuedInstrumentBody({ instrument, card }: IssuedInstrument): z.input<typeof issuedPaymentInstrumentSchema> {
  const body = instrumentBody(instrument);
  return { ...body, card: { ...body.card, number: card.number, cvv: card.cvv } };
}

export function instrumentLimitBody(row: InstrumentRow): z.input<typeof paymentInstrumentLimitAnswerSchema> {
  return { payment_instrument_key: row.paymentInstrumentKey, limit_amount: brl(row.limitAmountMinor), payment_instrument_status: row.status };
}

export function invoiceItemBody(item: InvoiceItemRow): z.input<typeof invoiceItemSchema> {
  return {
    invoice_item_key: item.invoiceItemKey,
    invoice_key: item.invoiceKey,
    wallet_entry_key: item.walletEntryKey,
    payment_instrument_entry_key: item.paymentInstrumentEntryKey,
    installment_number: item.installmentNumber,
    invoice_item_type: item.itemType,
    charged_to: item.chargedTo,
    invoice_description: item.description,
    amount: brl(item.amountMinor),
    // An item holds its part of a limit until its invoice is paid; late charges and credits hold none.
    used_limit: brl(item.status !== 'active' || item.chargedTo === 'late_charges' || item.amountMinor < 0n ? 0n : item.amountMinor),
    invoice_item_status: item.status,
    invoice_item_due_date: item.dueDate,
    created_at: isoSeconds(item.createdAt),
  };
}

export function instrumentEntryBody(entry: InstrumentEntryDetail): z.input<typeof paymentInstrumentEntrySchema> {
  return {
    payment_instrument_entry_key: entry.paymentInstrumentEntryKey,
    payment_instrument_key: entry.paymentInstrumentKey,
    payment_instrument_entry_amount: brl(entry.amountMinor),
    payment_instrument_entry_type: entry.entryType,
    payment_instrument_entry_status: entry.status,
    payment_instrument_entry_data: entry.merchantData,
    invoice_items: entry.invoiceItems.map(invoiceItemBody),
    created_at: isoSeconds(entry.createdAt),
  };
}

export function walletEntryBody(entry: WalletEntryDetail): z.input<typeof walletEntrySchema> {
  return {
    wallet_entry_key: entry.walletEntryKey,
    wallet_entry_amount: brl(entry.amountMinor),
    wallet_entry_settlement_key: entry.settlementKey,
    wallet_entry_type: entry.entryType,
    wallet_entry_status: entry.status,
    invoice_items: entry.invoiceItems.map(invoiceItemBody),
    created_at: isoSeconds(entry.createdAt),
  };
}
