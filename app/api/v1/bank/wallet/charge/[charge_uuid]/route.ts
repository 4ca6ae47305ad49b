import { route } from '@/lib/api/serve';
import { getChargeOperation } from '@/lib/charges/operations';

// GET /api/v1/bank/wallet/charge/{charge_uuid}/ – one charge
export const GET = route(getChargeOperation);
