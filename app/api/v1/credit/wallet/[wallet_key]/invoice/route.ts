import { route } from '@/lib/api/serve';
import { listInvoicesOperation } from '@/lib/invoices/operations';

// GET /api/v1/credit/wallet/{wallet_key}/invoice – ours: the wallet's invoices
export const GET = route(listInvoicesOperation);
