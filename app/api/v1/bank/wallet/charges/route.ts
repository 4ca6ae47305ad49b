import { route } from '@/lib/api/serve';
import { listChargesOperation } from '@/lib/charges/operations';

// GET /api/v1/bank/wallet/charges/ – list charges, newest first
export const GET = route(listChargesOperation);
