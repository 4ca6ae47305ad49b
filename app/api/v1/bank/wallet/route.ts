import { routes } from '@/lib/api/serve';
import { createWalletOperation, lookupWalletOperation } from '@/lib/wallets/operations';

// POST /api/v1/bank/wallet/ – create a payment wallet (seed 001); GET – look one up by wallet_uuid, email or customer_id
export const { POST, GET } = routes(createWalletOperation, lookupWalletOperation);
