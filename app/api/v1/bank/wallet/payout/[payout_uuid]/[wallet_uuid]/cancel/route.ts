import { route } from '@/lib/api/serve';
import { cancelPayoutOperation } from '@/lib/payouts/operations';

// POST /api/v1/bank/wallet/payout/{payout_uuid}/{wallet_uuid}/cancel/ – cancel a scheduled payout before its day
export const POST = route(cancelPayoutOperation);
