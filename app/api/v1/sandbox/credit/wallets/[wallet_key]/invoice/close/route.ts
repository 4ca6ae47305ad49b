import { sandboxRoute } from '@/lib/api/sandbox-route';
import { isProductionApp } from '@/lib/env';
import { simulateInvoiceCloseOperation } from '@/lib/invoices/operations';

// POST /api/v1/sandbox/credit/wallets/{wallet_key}/invoice/close – the open invoice closes now (404 in production)
export const POST = sandboxRoute(simulateInvoiceCloseOperation, isProductionApp);
