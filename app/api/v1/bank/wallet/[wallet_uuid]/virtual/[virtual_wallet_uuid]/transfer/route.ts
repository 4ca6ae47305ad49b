import { route } from '@/lib/api/serve';
import { transferVirtualWalletOperation } from '@/lib/virtual-wallets/operations';

// POST /api/v1/bank/wallet/{wallet_uuid}/virtual/{virtual_wallet_uuid}/transfer/ – holding → virtual wallet (up to the leverage ceiling) or back
export const POST = route(transferVirtualWalletOperation);
