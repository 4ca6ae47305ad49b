import { route } from '@/lib/api/serve';
import { getWalletStatementOperation } from '@/lib/ledger/operations';

// GET /api/v1/bank/wallet/{wallet_uuid}/statement/ – a payment wallet's ledger entries, newest first
export const GET = route(getWalletStatementOperation);
