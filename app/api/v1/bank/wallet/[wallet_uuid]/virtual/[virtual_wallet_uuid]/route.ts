import { route } from '@/lib/api/serve';
import { getVirtualWalletOperation } from '@/lib/virtual-wallets/operations';

// GET /api/v1/bank/wallet/{wallet_uuid}/virtual/{virtual_wallet_uuid}/ – one virtual wallet, with its balance
export const GET = route(getVirtualWalletOperation);
