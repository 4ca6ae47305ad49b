import { routes } from '@/lib/api/serve';
import { createVirtualWalletOperation, listVirtualWalletsOperation } from '@/lib/virtual-wallets/operations';

// POST /api/v1/bank/wallet/{wallet_uuid}/virtual/ – create a virtual wallet under a holding; GET – list the holding's virtual wallets
export const { POST, GET } = routes(createVirtualWalletOperation, listVirtualWalletsOperation);
