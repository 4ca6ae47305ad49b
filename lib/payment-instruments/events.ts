import { z } from 'zod';
import { PAYMENT_INSTRUMENT_ENTRY_STATUSES, WALLET_ENTRY_TYPES } from '@/db/schema/payment-instruments';
import { jsonDecimal } from '@/lib/money/decimal';
import { defineEvent } from '@/lib/webhooks/define-event';
import { platformEnvelope, qiEnvelope, type StoredEvent } from '@/lib/webhooks/payloads';

// Reference B.8: `baas.invoice.payment_instrument_entry` follows each purchase through its
// statuses; `baas.invoice.wallet_entry` announces each concluded wallet entry. They are recorded
// in the card issuer's account (the credit wallet's), whoever the merchant was.

const BRL_DIGITS = 2;
// Minor units as text: the stored JSON would turn a bigint into a float on the way back.
const minorUnits = z.string().regex(/^\d+$/, 'minor units as digits');

const instrumentEntryData = z.object({
  wallet_key: z.uuid(),
  payment_instrument_key: z.uuid(),
  payment_instrument_entry_key: z.uuid(),
  amount_minor: minorUnits,
  payment_instrument_entry_type: z.literal('purchase'),
  payment_instrument_entry_status: z.enum(PAYMENT_INSTRUMENT_ENTRY_STATUSES),
});
export type InstrumentEntryEventData = z.output<typeof instrumentEntryData>;

function instrumentEntryBody({ data }: StoredEvent<InstrumentEntryEventData>) {
  return {
    payment_instrument_key: data.payment_instrument_key,
    payment_instrument_entry_key: data.payment_instrument_entry_key,
    payment_instrument_entry_amount: jsonDecimal(BigInt(data.amount_minor), BRL_DIGITS),
    payment_instrument_entry_type: data.payment_instrument_entry_type,
    payment_instrument_entry_status: data.payment_instrument_entry_status,
  };
}

export const instrumentEntryChanged = defineEvent(
  {
    type: 'payment_instrument_entry.status_changed',
    label: 'A purchase with a platform card changed status',
    subject: 'payment_instrument_entry',
    data: instrumentEntryData,
  },
  {
    platform: platformEnvelope({
      operation: 'CARD_PURCHASE',
      subOperation: 'STATUS_CHANGED',
      data: (event) => ({ wallet_key: event.data.wallet_key, ...instrumentEntryBody(event) }),
    }),
    qi: qiEnvelope({ webhookType: 'baas.invoice.payment_instrument_entry', data: instrumentEntryBody }),
  },
);

const walletEntryData = z.object({
  wallet_key: z.uuid(),
  wallet_entry_key: z.uuid(),
  amount_minor: minorUnits,
  wallet_entry_type: z.enum(WALLET_ENTRY_TYPES),
  wallet_entry_status: z.literal('concluded'),
});
export type WalletEntryEventData = z.output<typeof walletEntryData>;

function walletEntryBody({ data }: StoredEvent<WalletEntryEventData>) {
  return {
    wallet_key: data.wallet_key,
    wallet_entry_key: data.wallet_entry_key,
    wallet_entry_amount: jsonDecimal(BigInt(data.amount_minor), BRL_DIGITS),
    wallet_entry_type: data.wallet_entry_type,
    wallet_entry_status: data.wallet_entry_status,
  };
}

export const walletEntryConcluded = defineEvent(
  {
    type: 'wallet_entry.concluded',
    label: 'A credit wallet entry (a payroll withdrawal, revolving credit) concluded',
    subject: 'wallet_entry',
    data: walletEntryData,
  },
  {
    platform: platformEnvelope({ operation: 'WALLET_ENTRY', subOperation: 'CONCLUDED', data: walletEntryBody }),
    qi: qiEnvelope({ webhookType: 'baas.invoice.wallet_entry', data: walletEntryBody }),
  },
);

export const paymentInstrumentEvents = [instrumentEntryChanged, walletEntryConcluded] as const;
