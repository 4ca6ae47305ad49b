import { route } from '@/lib/api/serve';
import { reactivateWalletOperation } from '@/lib/wallets/operations';

// POST /api/v1/bank/wallet/{wallet_uuid}/reactivate/ – reactivate a deactivated payment wallet
export const POST = route(reactivateWalletOperation);
