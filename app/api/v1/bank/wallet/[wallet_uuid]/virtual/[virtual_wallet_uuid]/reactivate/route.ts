import { route } from '@/lib/api/serve';
import { reactivateVirtualWalletOperation } from '@/lib/virtual-wallets/operations';

// POST /api/v1/bank/wallet/{wallet_uuid}/virtual/{virtual_wallet_uuid}/reactivate/ – takes deposits (and a quota slot) again
export const POST = route(reactivateVirtualWalletOperation);
