import { sandboxRoute } from '@/lib/api/sandbox-route';
import { isProductionApp } from '@/lib/env';
import { simulateInvoiceOverdueOperation } from '@/lib/invoices/operations';

// POST /api/v1/sandbox/credit/wallets/{wallet_key}/invoice/overdue – the oldest unpaid invoice passes its due date now (404 in production)
export const POST = sandboxRoute(simulateInvoiceOverdueOperation, isProductionApp);
