import { route } from '@/lib/api/serve';
import { getWalletOperation } from '@/lib/wallets/operations';

// GET /api/v1/bank/wallet/{wallet_uuid}/ – one payment wallet
export const GET = route(getWalletOperation);
