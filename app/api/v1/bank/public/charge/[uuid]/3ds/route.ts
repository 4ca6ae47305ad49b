import { route } from '@/lib/api/serve';
import { completeChallengeOperation } from '@/lib/charges/operations';

// POST /api/v1/bank/public/charge/{uuid}/3ds – the 3DS challenge page reports its result (no token)
export const POST = route(completeChallengeOperation);
