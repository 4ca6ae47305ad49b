import { route } from '@/lib/api/serve';
import { listHoldingDepositsOperation } from '@/lib/virtual-wallets/operations';

// GET /api/v1/bank/wallet/{wallet_uuid}/holding/deposits/ – every Pix deposit to its virtual wallets, credited or refused
export const GET = route(listHoldingDepositsOperation);
