import { route } from '@/lib/api/serve';
import { virtualWalletStatementOperation } from '@/lib/virtual-wallets/operations';

// GET /api/v1/bank/wallet/{wallet_uuid}/virtual/{virtual_wallet_uuid}/statement/ – its virtual balance's entries, newest first
export const GET = route(virtualWalletStatementOperation);
