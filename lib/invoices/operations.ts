import { defineOperation } from '@/lib/api/operation';
import { callerFromApi } from '@/lib/auth/caller';
import { documented } from '@/lib/openapi/shared';
import { qiPagination } from '@/lib/pagination/keyset';
import { getInvoice, listInvoices } from './queries';
import { invoiceBankSlipSchema, invoiceListSchema, invoiceSchema } from './response-schemas';
import { closeInvoiceNow, makeInvoiceOverdueNow, payInvoiceSlip } from './sandbox';
import { invoiceParamsSchema, invoiceWalletParamsSchema, listInvoicesQuerySchema, simulateInvoicePaymentSchema } from './schemas';
import { invoiceBankSlip } from './slip';
import { invoiceBankSlipBody, invoiceBody, invoiceSummaryBody } from './wire';

/** The QI invoice routes (reference B.7), our list and bank-slip additions, and the sandbox's invoice simulations. */

const TAG = 'Credit invoices';
const KEY = '8cb70dea-9fb0-4a68-9572-99a72849c8d6';
const walletKey = { wallet_key: { description: 'The credit wallet (`wallet_key`)', example: KEY } };
const walletPath = documented(invoiceWalletParamsSchema, walletKey);
const invoicePath = documented(invoiceParamsSchema, { ...walletKey, invoice_key: { description: 'The invoice (`invoice_key`)', example: KEY } });
const BASE = '/api/v1/credit/wallet/{wallet_key}/invoice';
const SANDBOX = '/api/v1/sandbox/credit/wallets/{wallet_key}/invoice';

// One text for the cycle, so every invoice route tells an integrator the same story.
const CYCLE =
  'A credit wallet has one `opened` invoice at a time; its items are the installments of card purchases, refunds (negative), ' +
  'payroll withdrawals and what an earlier invoice carried over. On the closing date, at 00:05 America/Sao_Paulo, it goes ' +
  '`processing_closing` then `closed`: its total is fixed and a bank slip is issued for what it owes (with nothing to pay it is ' +
  '`paid` at once, without a slip), and the next cycle opens. A payment pays the late charges first, then the limits, which it ' +
  'gives back; paid in full, the invoice is `paid`. A slip is paid once: a short payment leaves the rest, which at the due date ' +
  'moves to the next invoice as revolving credit (`processing_expiration`, then our `overdue`), with a fine once and interest per ' +
  'calendar day, balance × monthly% × days ÷ 30 from the due date to the next invoice’s due date, each rounded half up to the ' +
  'centavo once. A payroll wallet’s balance is discounted from the benefit instead (`processing_payment`, an invoice payment of ' +
  'type `payroll_discount`, then `paid`). Each status change sends the `invoice.status_changed` webhook (QI ' +
  '`baas.invoice.invoice_status_change`), each payment `invoice_payment.status_changed` (QI `baas.invoice.invoice_payment_status_change`).';

const SANDBOX_ONLY = 'In production this route does not exist (404 `NOT_FOUND`).';

export const listInvoicesOperation = defineOperation({
  operationId: 'listInvoices',
  method: 'get',
  path: BASE,
  dialect: 'qi',
  auth: { scope: 'credit:read' },
  tag: TAG,
  summary: 'List a credit wallet’s invoices, newest first (ours)',
  description: `Without their items and payments (get one for those). Filter by \`invoice_status\`; paged by \`page\` and \`page_size\` (at most 100) or \`starting_after\`. ${CYCLE}`,
  params: walletPath,
  query: listInvoicesQuerySchema,
  responses: { 200: { description: 'A page of invoices', schema: invoiceListSchema } },
  errors: { 404: ['WLT000001'] },
  handler: async ({ db, actor, params, query }) => {
    const page = await listInvoices(db, callerFromApi(actor), params.wallet_key, query);
    return { body: { data: page.rows.map(invoiceSummaryBody), pagination: qiPagination(query, page) } };
  },
});

export const getInvoiceOperation = defineOperation({
  operationId: 'getInvoice',
  method: 'get',
  path: `${BASE}/{invoice_key}`,
  dialect: 'qi',
  auth: { scope: 'credit:read' },
  tag: TAG,
  summary: 'Get an invoice with its items, payments and chargebacks',
  description:
    'Reference B.7, with our `wallet_key`, `amount_due` (what is still owed), `carried_amount` and `carried_to_invoice_key` ' +
    '(where an overdue balance went) and `bank_slip`. `invoice_payments_chargebacks` are refunds, after closing, of purchases this ' +
    `invoice billed: each is credited on the invoice open when it happened. Unknown invoice: 404 \`WLT000009\`. ${CYCLE}`,
  params: invoicePath,
  responses: { 200: { description: 'The invoice', schema: invoiceSchema } },
  errors: { 404: ['WLT000001', 'WLT000009'] },
  handler: async ({ db, actor, params }) => ({ body: invoiceBody(await getInvoice(db, callerFromApi(actor), params.wallet_key, params.invoice_key)) }),
});

export const getInvoiceBankSlipOperation = defineOperation({
  operationId: 'getInvoiceBankSlip',
  method: 'get',
  path: `${BASE}/{invoice_key}/bank_slip`,
  dialect: 'qi',
  auth: { scope: 'credit:read' },
  tag: TAG,
  summary: 'Get the bank slip of a closed invoice (ours)',
  description:
    'The boleto issued at closing for what the invoice owed: its barcode, digitable line, "nosso número" and payer. It is paid ' +
    'once, in full or short, by its due date; then it is `paid`, or `expired` when the balance moved to the next invoice. An ' +
    'invoice still open, or closed with nothing to pay, has none: 404 `WLT000010`.',
  params: invoicePath,
  responses: { 200: { description: 'The bank slip', schema: invoiceBankSlipSchema } },
  errors: { 404: ['WLT000001', 'WLT000009', 'WLT000010'] },
  handler: async ({ db, actor, params }) => ({
    body: invoiceBankSlipBody(await invoiceBankSlip(db, callerFromApi(actor), params.wallet_key, params.invoice_key)),
  }),
});

export const simulateInvoiceCloseOperation = defineOperation({
  operationId: 'simulateInvoiceClose',
  method: 'post',
  path: `${SANDBOX}/close`,
  dialect: 'qi',
  auth: { scope: 'credit:write' },
  tag: 'Sandbox',
  summary: 'Close the wallet’s open invoice now (sandbox)',
  description:
    'What the daily run does on the closing date, whatever that date is: the opened invoice goes `processing_closing` then ' +
    '`closed` with its bank slip (or `paid` with nothing to pay), with their webhooks, and the next cycle opens. A wallet with no ' +
    `open invoice: 409 \`WLT000013\`. ${SANDBOX_ONLY}`,
  params: walletPath,
  responses: { 200: { description: 'The closed invoice', schema: invoiceSchema } },
  errors: { 404: ['WLT000001', 'NOT_FOUND'], 409: ['WLT000013'] },
  handler: async ({ db, actor, params }) => {
    const caller = callerFromApi(actor);
    const closed = await closeInvoiceNow(db, caller, params.wallet_key);
    return { body: invoiceBody(await getInvoice(db, caller, params.wallet_key, closed.invoiceKey)) };
  },
});

export const simulateInvoiceOverdueOperation = defineOperation({
  operationId: 'simulateInvoiceOverdue',
  method: 'post',
  path: `${SANDBOX}/overdue`,
  dialect: 'qi',
  auth: { scope: 'credit:write' },
  tag: 'Sandbox',
  summary: 'Pass the due date of the oldest unpaid invoice now (sandbox)',
  description:
    'What the daily run does the day after a due date, on the oldest `closed` invoice with a balance left: its slip expires and ' +
    'the balance moves to the open invoice as revolving credit with the fine and interest (`overdue`); on a payroll wallet the ' +
    'balance is discounted from the benefit and settled at once (`paid`). None to expire: 409 `WLT000013`. ' +
    SANDBOX_ONLY,
  params: walletPath,
  responses: { 200: { description: 'The invoice after its due date', schema: invoiceSchema } },
  errors: { 404: ['WLT000001', 'NOT_FOUND'], 409: ['WLT000013'] },
  handler: async ({ db, actor, params }) => {
    const caller = callerFromApi(actor);
    const expired = await makeInvoiceOverdueNow(db, caller, params.wallet_key);
    return { body: invoiceBody(await getInvoice(db, caller, params.wallet_key, expired.invoiceKey)) };
  },
});

export const simulateInvoicePaymentOperation = defineOperation({
  operationId: 'simulateInvoicePayment',
  method: 'post',
  path: `${SANDBOX}/{invoice_key}/pay`,
  dialect: 'qi',
  auth: { scope: 'credit:write' },
  tag: 'Sandbox',
  summary: 'Simulate the owner paying an invoice’s bank slip (sandbox)',
  description:
    "Sends the payment through the same entry point a bank's notice uses. Without `amount` it pays what the invoice owes; with " +
    'it, that much (a short payment leaves the rest for the due date). More than owed, or zero: 400 `WLT000012`. The slip is ' +
    'paid once: again, or after its due date, 409 `WLT000011`. An invoice without a slip: 404 `WLT000010`. ' +
    SANDBOX_ONLY,
  params: invoicePath,
  body: simulateInvoicePaymentSchema,
  responses: { 200: { description: 'The invoice after the payment', schema: invoiceSchema } },
  errors: { 400: ['WLT000012'], 404: ['WLT000001', 'WLT000009', 'WLT000010', 'NOT_FOUND'], 409: ['WLT000011'] },
  handler: async ({ db, actor, params, body }) => {
    const caller = callerFromApi(actor);
    await payInvoiceSlip(db, caller, params.wallet_key, params.invoice_key, body?.amount);
    return { body: invoiceBody(await getInvoice(db, caller, params.wallet_key, params.invoice_key)) };
  },
});

export const invoiceOperations = [
  listInvoicesOperation,
  getInvoiceOperation,
  getInvoiceBankSlipOperation,
  simulateInvoiceCloseOperation,
  simulateInvoiceOverdueOperation,
  simulateInvoicePaymentOperation,
];
