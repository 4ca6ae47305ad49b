import { route } from '@/lib/api/serve';
import { deactivateWalletOperation } from '@/lib/wallets/operations';

// POST /api/v1/bank/wallet/{wallet_uuid}/deactivate/ – deactivate a payment wallet
export const POST = route(deactivateWalletOperation);
