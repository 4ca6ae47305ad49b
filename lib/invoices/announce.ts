import type { DbOrTx } from '@/db/client';
import type { invoice, invoicePayment } from '@/db/schema';
import { recordEvent } from '@/lib/webhooks/outbox';
import { invoicePaymentStatusChanged, invoiceStatusChanged } from './events';

export type InvoiceRow = typeof invoice.$inferSelect;
export type InvoicePaymentRow = typeof invoicePayment.$inferSelect;

/** `baas.invoice.invoice_status_change` for the invoice as it stands; an opened invoice's total is what its items add up to so far. */
export async function announceInvoice(db: DbOrTx, row: InvoiceRow, openTotalMinor = 0n): Promise<void> {
  await recordEvent(db, row.entityUuid, invoiceStatusChanged, {
    subject: { type: 'invoice', id: row.invoiceKey },
    data: {
      wallet_key: row.walletUuid,
      invoice_key: row.invoiceKey,
      total_minor: (row.totalMinor ?? openTotalMinor).toString(),
      paid_minor: row.paidMinor.toString(),
      closing_date: row.closingDate,
      due_date: row.dueDate,
      invoice_status: row.status,
    },
  });
}

export async function announcePayment(db: DbOrTx, payment: InvoicePaymentRow): Promise<void> {
  await recordEvent(db, payment.entityUuid, invoicePaymentStatusChanged, {
    subject: { type: 'invoice_payment', id: payment.invoicePaymentKey },
    data: {
      wallet_key: payment.walletUuid,
      invoice_key: payment.invoiceKey,
      invoice_payment_key: payment.invoicePaymentKey,
      total_minor: payment.totalMinor.toString(),
      paid_minor: payment.paidMinor.toString(),
      payment_date: payment.paymentDate,
      invoice_payment_type: payment.paymentType,
      invoice_payment_status: payment.status,
    },
  });
}
