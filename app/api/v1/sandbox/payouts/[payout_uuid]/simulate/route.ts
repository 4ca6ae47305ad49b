import { sandboxRoute } from '@/lib/api/sandbox-route';
import { isProductionApp } from '@/lib/env';
import { simulatePayoutOperation } from '@/lib/payouts/operations';

// POST /api/v1/sandbox/payouts/{payout_uuid}/simulate – the rail realizes, returns or refuses a payout (404 in production)
export const POST = sandboxRoute(simulatePayoutOperation, isProductionApp);
