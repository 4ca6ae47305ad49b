import { route } from '@/lib/api/serve';
import { deactivateVirtualWalletOperation } from '@/lib/virtual-wallets/operations';

// POST /api/v1/bank/wallet/{wallet_uuid}/virtual/{virtual_wallet_uuid}/deactivate/ – no more deposits; leaves the quota's pool
export const POST = route(deactivateVirtualWalletOperation);
