import { route } from '@/lib/api/serve';
import { listWalletsOperation } from '@/lib/wallets/operations';

// GET /api/v1/bank/wallets/ – payment wallets, newest first, in the A55 list shape
export const GET = route(listWalletsOperation);
