import { route } from '@/lib/api/serve';
import { getWalletBalanceOperation } from '@/lib/ledger/operations';

// GET /api/v1/bank/wallet/{wallet_uuid}/balance/ – a payment wallet's available, pending and reserved balances
export const GET = route(getWalletBalanceOperation);
