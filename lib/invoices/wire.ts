import type { z } from 'zod';
import { lineFromBarcode } from '@/lib/boleto/barcode';
import { jsonDecimal } from '@/lib/money/decimal';
import { invoiceItemBody } from '@/lib/payment-instruments/wire';
import { slipDueDate, type InvoiceBankSlip } from './slip';
import type { InvoiceDetail, InvoiceSummary } from './queries';
import type { invoiceBankSlipSchema, invoiceSchema, invoiceSummarySchema } from './response-schemas';

/** The invoice bodies of reference B.7 and our additions; amounts are exact decimal JSON numbers in reais. */

const BRL_DIGITS = 2;
const brl = (minor: bigint) => jsonDecimal(minor, BRL_DIGITS);
const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

function bankSlipSummary(row: InvoiceSummary): z.input<typeof invoiceSummarySchema>['bank_slip'] {
  if (!row.bankSlipBarcode || row.bankSlipAmountMinor === null || !row.bankSlipStatus) return null;
  return {
    bank_slip_status: row.bankSlipStatus,
    amount: brl(row.bankSlipAmountMinor),
    due_date: slipDueDate(row),
    barcode: row.bankSlipBarcode,
    digitable_line: lineFromBarcode(row.bankSlipBarcode),
  };
}

// B.7's fields in its order, then ours. An opened invoice's total is what its items add up to so far.
const qiHead = (row: InvoiceSummary) => ({
  invoice_key: row.invoiceKey,
  due_date: row.dueDate,
  closing_date: row.closingDate,
  invoice_status: row.status,
  total_amount: brl(row.currentTotalMinor),
  paid_amount: brl(row.paidMinor),
});

const ours = (row: InvoiceSummary) => ({
  wallet_key: row.walletUuid,
  amount_due: brl(row.owedMinor),
  carried_amount: brl(row.carriedMinor),
  carried_to_invoice_key: row.carriedToInvoiceKey,
  bank_slip: bankSlipSummary(row),
});

export function invoiceSummaryBody(row: InvoiceSummary): z.input<typeof invoiceSummarySchema> {
  return { ...qiHead(row), created_at: isoSeconds(row.createdAt), ...ours(row) };
}

export function invoiceBody(row: InvoiceDetail): z.input<typeof invoiceSchema> {
  return {
    ...qiHead(row),
    invoice_items: row.items.map(invoiceItemBody),
    invoice_payments: row.payments.map((payment) => ({
      invoice_payment_key: payment.invoicePaymentKey,
      total_amount: brl(payment.totalMinor),
      paid_amount: brl(payment.paidMinor),
      invoice_payment_type: payment.paymentType,
      invoice_payment_status: payment.status,
      payment_date: payment.paymentDate,
    })),
    invoice_payments_chargebacks: row.chargebacks.map((chargeback) => ({
      invoice_item_key: chargeback.invoiceItemKey,
      chargeback_paid_amount: brl(chargeback.chargebackPaidMinor),
    })),
    created_at: isoSeconds(row.createdAt),
    ...ours(row),
  };
}

export function invoiceBankSlipBody(slip: InvoiceBankSlip): z.input<typeof invoiceBankSlipSchema> {
  return {
    invoice_key: slip.invoiceKey,
    wallet_key: slip.walletKey,
    bank_slip_status: slip.status,
    amount: brl(slip.amountMinor),
    due_date: slip.dueDateIso,
    barcode: slip.barcode,
    digitable_line: slip.digitableLine,
    formatted_digitable_line: slip.formattedLine,
    our_number: slip.ourNumber,
    payer: { name: slip.payer.name, document_number: slip.payer.taxId },
  };
}
