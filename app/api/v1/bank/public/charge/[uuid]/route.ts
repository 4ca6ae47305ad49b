import { route } from '@/lib/api/serve';
import { publicChargeStatusOperation } from '@/lib/charges/operations';

// GET /api/v1/bank/public/charge/{uuid}/ – a charge's status as its payer sees it (no token)
export const GET = route(publicChargeStatusOperation);
