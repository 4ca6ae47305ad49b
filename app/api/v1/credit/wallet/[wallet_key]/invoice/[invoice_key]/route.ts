import { route } from '@/lib/api/serve';
import { getInvoiceOperation } from '@/lib/invoices/operations';

// GET /api/v1/credit/wallet/{wallet_key}/invoice/{invoice_key} – reference B.7: the invoice with its items and payments
export const GET = route(getInvoiceOperation);
