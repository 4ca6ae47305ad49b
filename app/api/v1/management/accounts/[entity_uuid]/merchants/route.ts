import { route } from '@/lib/api/serve';
import { addMerchantOperation } from '@/lib/management/operations';

// POST /api/v1/management/accounts/{entity_uuid}/merchants – add a merchant to the account
export const POST = route(addMerchantOperation);
