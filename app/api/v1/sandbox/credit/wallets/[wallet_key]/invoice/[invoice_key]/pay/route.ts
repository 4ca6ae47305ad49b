import { sandboxRoute } from '@/lib/api/sandbox-route';
import { isProductionApp } from '@/lib/env';
import { simulateInvoicePaymentOperation } from '@/lib/invoices/operations';

// POST /api/v1/sandbox/credit/wallets/{wallet_key}/invoice/{invoice_key}/pay – the owner pays the bank slip (404 in production)
export const POST = sandboxRoute(simulateInvoicePaymentOperation, isProductionApp);
