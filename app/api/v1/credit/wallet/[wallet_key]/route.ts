import { route } from '@/lib/api/serve';
import { getCreditWalletOperation } from '@/lib/credit/operations';

// GET /api/v1/credit/wallet/{wallet_key} – seed 004: the wallet with its invoice configuration and limits
export const GET = route(getCreditWalletOperation);
