import { route } from '@/lib/api/serve';
import { payChargeOperation } from '@/lib/charges/operations';

// POST /api/v1/bank/public/charge/{uuid}/pay – the payer pays an issued card charge (no token)
export const POST = route(payChargeOperation);
