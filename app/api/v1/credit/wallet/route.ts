import { route } from '@/lib/api/serve';
import { createCreditWalletOperation } from '@/lib/credit/operations';

// POST /api/v1/credit/wallet – seed 002: 202 while the owner waits for KYC, 201 for an approved person_key
export const POST = route(createCreditWalletOperation);
