import { z } from 'zod';
import { INVOICE_PAYMENT_STATUSES, INVOICE_PAYMENT_TYPES, INVOICE_STATUSES } from '@/db/schema/invoices';
import { jsonDecimal } from '@/lib/money/decimal';
import { defineEvent } from '@/lib/webhooks/define-event';
import { platformEnvelope, qiEnvelope, type StoredEvent } from '@/lib/webhooks/payloads';

// Reference B.8: `baas.invoice.invoice_status_change` follows an invoice through closing, payment
// and expiration; `baas.invoice.invoice_payment_status_change` follows each payment. Recorded in
// the credit wallet's account. QI's data names no wallet; ours adds `wallet_key` (clients accept
// unknown fields, B.0).

const BRL_DIGITS = 2;
// Minor units as text: the stored JSON would turn a bigint into a float on the way back.
const minorUnits = z.string().regex(/^-?\d+$/, 'minor units as digits');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const invoiceData = z.object({
  wallet_key: z.uuid(),
  invoice_key: z.uuid(),
  total_minor: minorUnits,
  paid_minor: minorUnits,
  closing_date: isoDate,
  due_date: isoDate,
  invoice_status: z.enum(INVOICE_STATUSES),
});
export type InvoiceEventData = z.output<typeof invoiceData>;

function invoiceBody({ data }: StoredEvent<InvoiceEventData>) {
  return {
    wallet_key: data.wallet_key,
    invoice_key: data.invoice_key,
    total_amount: jsonDecimal(BigInt(data.total_minor), BRL_DIGITS),
    paid_amount: jsonDecimal(BigInt(data.paid_minor), BRL_DIGITS),
    closing_date: data.closing_date,
    due_date: data.due_date,
    invoice_status: data.invoice_status,
  };
}

export const invoiceStatusChanged = defineEvent(
  {
    type: 'invoice.status_changed',
    label: 'A credit wallet invoice changed status (closing, closed, paid, expiration, overdue)',
    subject: 'invoice',
    data: invoiceData,
  },
  {
    platform: platformEnvelope({ operation: 'INVOICE', subOperation: 'STATUS_CHANGED', data: invoiceBody }),
    qi: qiEnvelope({ webhookType: 'baas.invoice.invoice_status_change', data: invoiceBody }),
  },
);

const invoicePaymentData = z.object({
  wallet_key: z.uuid(),
  invoice_key: z.uuid(),
  invoice_payment_key: z.uuid(),
  total_minor: minorUnits,
  paid_minor: minorUnits,
  payment_date: isoDate,
  invoice_payment_type: z.enum(INVOICE_PAYMENT_TYPES),
  invoice_payment_status: z.enum(INVOICE_PAYMENT_STATUSES),
});
export type InvoicePaymentEventData = z.output<typeof invoicePaymentData>;

function invoicePaymentBody({ data }: StoredEvent<InvoicePaymentEventData>) {
  return {
    wallet_key: data.wallet_key,
    invoice_key: data.invoice_key,
    invoice_payment_key: data.invoice_payment_key,
    total_amount: jsonDecimal(BigInt(data.total_minor), BRL_DIGITS),
    paid_amount: jsonDecimal(BigInt(data.paid_minor), BRL_DIGITS),
    payment_date: data.payment_date,
    invoice_payment_type: data.invoice_payment_type,
    invoice_payment_status: data.invoice_payment_status,
  };
}

export const invoicePaymentStatusChanged = defineEvent(
  {
    type: 'invoice_payment.status_changed',
    label: 'A payment of a credit wallet invoice changed status (processing, paid)',
    subject: 'invoice_payment',
    data: invoicePaymentData,
  },
  {
    platform: platformEnvelope({ operation: 'INVOICE_PAYMENT', subOperation: 'STATUS_CHANGED', data: invoicePaymentBody }),
    qi: qiEnvelope({ webhookType: 'baas.invoice.invoice_payment_status_change', data: invoicePaymentBody }),
  },
);

export const invoiceEvents = [invoiceStatusChanged, invoicePaymentStatusChanged] as const;
