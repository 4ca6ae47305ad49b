import { z } from 'zod';
import { BANK_SLIP_STATUSES, INVOICE_PAYMENT_STATUSES, INVOICE_PAYMENT_TYPES, INVOICE_STATUSES } from '@/db/schema/invoices';
import { exactDecimal } from '@/lib/openapi/shared';
import { qiPaginationSchema } from '@/lib/pagination/keyset';
import { invoiceItemSchema } from '@/lib/payment-instruments/response-schemas';

/** The answers of the invoice routes (reference B.7 and our additions), which ./wire.ts builds. */

const uuid = (description: string) => z.uuid().meta({ description, example: '8cb70dea-9fb0-4a68-9572-99a72849c8d6' });
const amount = (description: string) => exactDecimal({ description, example: 350.0 });
const timestamp = z.string().meta({ description: 'ISO 8601 UTC', example: '2024-01-15T10:30:00Z' });
const date = (description: string) => z.string().meta({ description: `${description} (YYYY-MM-DD)`, example: '2024-02-15' });

const invoiceStatus = z.enum(INVOICE_STATUSES).meta({
  description:
    '`opened` while the cycle runs; `processing_closing` then `closed` on the closing date; `paid` once payments cover what it ' +
    'owes; past the due date with a balance left, `processing_expiration` then (ours) `overdue`, the balance carried to the next ' +
    'invoice; a payroll wallet’s goes `processing_payment` until the discount from the benefit settles it, then `paid`',
});

export const invoicePaymentSchema = z
  .object({
    invoice_payment_key: uuid('The payment'),
    total_amount: amount('What the invoice owed when the payment came'),
    paid_amount: amount('What the payment paid'),
    invoice_payment_type: z.enum(INVOICE_PAYMENT_TYPES),
    invoice_payment_status: z.enum(INVOICE_PAYMENT_STATUSES),
    payment_date: date('Ours: the day it was paid, in America/Sao_Paulo'),
  })
  .meta({ id: 'InvoicePayment' });

export const invoiceChargebackSchema = z
  .object({
    invoice_item_key: uuid('The purchase item of this invoice a later refund gives back'),
    chargeback_paid_amount: amount('What the refund gave back, credited on the invoice open when it happened (at most the item)'),
  })
  .meta({ id: 'InvoiceChargeback' });

export const invoiceBankSlipSummarySchema = z
  .object({
    bank_slip_status: z.enum(BANK_SLIP_STATUSES).meta({ description: '`issued` at closing; `paid` once paid (in full or short); `expired` at the due date' }),
    amount: amount('What the slip asks for: what the invoice owed at closing'),
    due_date: date('The due date its barcode carries: the invoice’s, or the closing day when it closed after that'),
    barcode: z.string().meta({ description: 'The 44-digit barcode' }),
    digitable_line: z.string().meta({ description: 'The 47-digit line to type at a bank' }),
  })
  .meta({ id: 'InvoiceBankSlipSummary' });

// B.7's fields in its order, then ours (clients accept unknown fields, B.0).
const qiHead = {
  invoice_key: uuid('The invoice'),
  due_date: date('When the bank slip is due'),
  closing_date: date('The day the cycle closes'),
  invoice_status: invoiceStatus,
  total_amount: amount('What its items add up to: so far while opened, fixed at closing'),
  paid_amount: amount('What payments paid'),
};
const ours = {
  wallet_key: uuid('Ours: its credit wallet'),
  amount_due: amount('Ours: what is still owed (zero while opened, and once paid or carried over)'),
  carried_amount: amount('Ours: the balance an overdue invoice moved to the next one'),
  carried_to_invoice_key: uuid('Ours: the invoice that bills the carried balance').nullable(),
  bank_slip: invoiceBankSlipSummarySchema.nullable().meta({ description: 'Ours: null while opened, or when it closed with nothing to pay' }),
};

/** A list row: the invoice without its lines. */
export const invoiceSummarySchema = z.object({ ...qiHead, created_at: timestamp, ...ours }).meta({ id: 'InvoiceSummary' });

export const invoiceSchema = z
  .object({
    ...qiHead,
    invoice_items: z.array(invoiceItemSchema),
    invoice_payments: z.array(invoicePaymentSchema),
    invoice_payments_chargebacks: z.array(invoiceChargebackSchema),
    created_at: timestamp,
    ...ours,
  })
  .meta({ id: 'Invoice' });

export const invoiceListSchema = z.object({ data: z.array(invoiceSummarySchema), pagination: qiPaginationSchema }).meta({ id: 'InvoiceList' });

export const invoiceBankSlipSchema = z
  .object({
    invoice_key: uuid('The invoice'),
    wallet_key: uuid('Its credit wallet'),
    ...invoiceBankSlipSummarySchema.shape,
    formatted_digitable_line: z.string().meta({ description: 'The digitable line grouped as printed', example: '00190.00009 01234.567890 12345.678901 1 95840000035000' }),
    our_number: z.string().meta({ description: 'The slip’s "nosso número", as printed' }),
    payer: z.object({ name: z.string(), document_number: z.string().meta({ description: 'CPF or CNPJ, digits only' }) }),
  })
  .meta({ id: 'InvoiceBankSlip' });
