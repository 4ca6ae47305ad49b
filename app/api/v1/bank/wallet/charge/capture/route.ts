import { route } from '@/lib/api/serve';
import { captureChargeOperation } from '@/lib/charges/operations';

// POST /api/v1/bank/wallet/charge/capture/ – capture a pre-authorized charge, in full or in part
export const POST = route(captureChargeOperation);
