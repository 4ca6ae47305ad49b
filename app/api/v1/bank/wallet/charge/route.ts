import { routes } from '@/lib/api/serve';
import { createChargeOperation, lookupChargeOperation } from '@/lib/charges/operations';

// POST /api/v1/bank/wallet/charge/ – create a card charge (reference A.3); GET – one charge by charge_uuid and wallet_uuid
export const { POST, GET } = routes(createChargeOperation, lookupChargeOperation);
