import { route } from '@/lib/api/serve';
import { getPayoutOperation } from '@/lib/payouts/operations';

// GET /api/v1/bank/wallet/payout/{payout_uuid}/{wallet_uuid}/ – one payout, with its timeline (reference A.7)
export const GET = route(getPayoutOperation);
