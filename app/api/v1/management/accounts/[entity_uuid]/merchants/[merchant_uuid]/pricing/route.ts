import { route } from '@/lib/api/serve';
import { updatePricingOperation } from '@/lib/management/operations';

// PUT /api/v1/management/accounts/{entity_uuid}/merchants/{merchant_uuid}/pricing – set a merchant's prices per method
export const PUT = route(updatePricingOperation);
