import { route } from '@/lib/api/serve';
import { getInvoiceBankSlipOperation } from '@/lib/invoices/operations';

// GET /api/v1/credit/wallet/{wallet_key}/invoice/{invoice_key}/bank_slip – ours: the closed invoice's boleto
export const GET = route(getInvoiceBankSlipOperation);
