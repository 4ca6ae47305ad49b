import { z } from 'zod';
import { INVOICE_STATUSES } from '@/db/schema/invoices';
import { amountMinor } from '@/lib/money/schemas';
import { cursorParamSchema } from '@/lib/pagination/keyset';

/**
 * What the invoice routes parse (reference B.7 and our additions): path keys, the list's query and
 * the sandbox payment's body. Client-safe, so the dashboard's forms can share them.
 */

const BRL_DIGITS = 2;

// Path keys are plain text: a malformed key names nothing, a 404 like an unknown one.
export const invoiceWalletParamsSchema = z.object({ wallet_key: z.string() });
export const invoiceParamsSchema = z.object({ wallet_key: z.string(), invoice_key: z.string() });

export const listInvoicesQuerySchema = z.object({
  page: z.coerce.number<string>().int().min(1).default(1),
  page_size: z.coerce.number<string>().int().min(1).max(100).default(20),
  starting_after: cursorParamSchema.optional(),
  invoice_status: z.enum(INVOICE_STATUSES).optional(),
});
export type ListInvoicesQuery = z.output<typeof listInvoicesQuerySchema>;

/**
 * Sandbox: the bank slip paid in full (no `amount`) or short. Zero is let through to the service,
 * whose WLT000012 says what a payment may be (more than zero, at most what is owed) in one place.
 */
export const simulateInvoicePaymentSchema = z
  .object({ amount: amountMinor(BRL_DIGITS).optional() })
  .optional()
  .meta({ id: 'SimulateInvoicePaymentRequest' });
export type SimulateInvoicePaymentInput = z.input<typeof simulateInvoicePaymentSchema>;
