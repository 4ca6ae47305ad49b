import { route } from '@/lib/api/serve';
import { listCreditWalletsOperation } from '@/lib/credit/operations';

// GET /api/v1/credit/wallets – reference B.3: credit wallets, newest first
export const GET = route(listCreditWalletsOperation);
