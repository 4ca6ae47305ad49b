import { route } from '@/lib/api/serve';
import { createPixChargeOperation } from '@/lib/charges/operations';

// POST /api/v1/bank/wallet/charge/pix/ – create a Pix charge (reference A.3's dedicated endpoint)
export const POST = route(createPixChargeOperation);
