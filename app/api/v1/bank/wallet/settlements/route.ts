import { route } from '@/lib/api/serve';
import { listSettlementsOperation } from '@/lib/settlements/operations';

// GET /api/v1/bank/wallet/settlements/ – our addition: the account's (or a wallet's) settlements, newest first
export const GET = route(listSettlementsOperation);
