import { route } from '@/lib/api/serve';
import { virtualWalletDepositCodeOperation } from '@/lib/virtual-wallets/operations';

// GET /api/v1/bank/wallet/{wallet_uuid}/virtual/{virtual_wallet_uuid}/deposit-code/ – its Pix BR Code and QR
export const GET = route(virtualWalletDepositCodeOperation);
