import { route } from '@/lib/api/serve';
import { holdingHistoryOperation } from '@/lib/virtual-wallets/operations';

// GET /api/v1/bank/wallet/{wallet_uuid}/holding/history/ – real and virtual balances at each day's end
export const GET = route(holdingHistoryOperation);
