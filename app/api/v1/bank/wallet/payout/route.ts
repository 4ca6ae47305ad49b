import { routes } from '@/lib/api/serve';
import { createPayoutOperation, listPayoutsOperation } from '@/lib/payouts/operations';

// POST /api/v1/bank/wallet/payout/ – request a payout (reference A.7); GET – list payouts in A.7's envelope
export const { POST, GET } = routes(createPayoutOperation, listPayoutsOperation);
