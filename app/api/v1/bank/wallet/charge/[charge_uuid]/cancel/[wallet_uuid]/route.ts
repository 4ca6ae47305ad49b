import { route } from '@/lib/api/serve';
import { cancelChargeOperation } from '@/lib/charges/operations';

// POST /api/v1/bank/wallet/charge/{charge_uuid}/cancel/{wallet_uuid}/ – cancel a charge before capture
export const POST = route(cancelChargeOperation);
