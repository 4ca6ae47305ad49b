import { routes } from '@/lib/api/serve';
import { getHoldingOperation, updateHoldingOperation } from '@/lib/virtual-wallets/operations';

// GET /api/v1/bank/wallet/{wallet_uuid}/holding/ – real balance against the virtual balances; PUT – set the holding's configuration
export const { GET, PUT } = routes(getHoldingOperation, updateHoldingOperation);
